#include "modules/registry/TextDecoder.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Nothing when the bytes are not valid in that encoding (or the encoding is unknown to ICU).
std::optional<QString> decodeWith(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

bool TextDecoder::isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() is lazy: the text must be materialised before hasError() means anything.
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray& bytes)
{
    const auto starts = [&bytes](const char* bom) { return bytes.startsWith(QByteArrayView(bom)); };
    struct Candidate
    {
        QStringDecoder::Encoding encoding;
        int bomLength;
        QString name;
    };
    std::optional<Candidate> bom;
    if (starts("\xEF\xBB\xBF"))
        bom = Candidate{QStringDecoder::Utf8, 3, u"UTF-8 (BOM)"_s};
    else if (starts("\xFF\xFE"))
        bom = Candidate{QStringDecoder::Utf16LE, 2, u"UTF-16LE (BOM)"_s};
    else if (starts("\xFE\xFF"))
        bom = Candidate{QStringDecoder::Utf16BE, 2, u"UTF-16BE (BOM)"_s};

    const QString unreadable = tr("The file is not text in UTF-8 or GBK. Save it from Excel as "
                                  "\"CSV UTF-8 (comma delimited)\" and try again.");
    if (bom) {
        auto text = decodeWith(QStringDecoder(bom->encoding, QStringDecoder::Flag::Stateless),
                               QByteArrayView(bytes).sliced(bom->bomLength));
        if (!text)
            return Error{u"import.encoding"_s, unreadable};
        return Decoded{*text, bom->name};
    }
    // A spreadsheet saved as .xlsx is a zip archive; say so rather than "not text".
    if (starts("PK\x03\x04"))
        return Error{u"import.xlsx"_s, tr("This is an Excel workbook, not a CSV file. In Excel choose "
                                          "File → Save As → \"CSV UTF-8 (comma delimited)\".")};
    if (bytes.contains('\0'))
        return Error{u"import.binary"_s, unreadable};
    if (isValidUtf8(bytes))
        return Decoded{QString::fromUtf8(bytes), u"UTF-8"_s};
    auto text = decodeWith(QStringDecoder("GB18030", QStringDecoder::Flag::Stateless), bytes);
    if (!text)
        return Error{u"import.encoding"_s, unreadable};
    return Decoded{*text, u"GB18030"_s};
}

} // namespace fd
