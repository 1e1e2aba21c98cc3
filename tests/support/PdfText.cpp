#include "support/PdfText.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

namespace fd::test {

namespace {

using Objects = QHash<int, QByteArray>; // object number -> everything between "obj" and "endobj"

Objects objects(const QByteArray& pdf)
{
    Objects out;
    static const QRegularExpression start(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\b"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = start.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype from = m.capturedEnd();
        const qsizetype to = pdf.indexOf("endobj", from);
        if (to > from)
            out.insert(m.captured(1).toInt(), pdf.mid(from, to - from));
    }
    return out;
}

int ref(const QByteArray& dict, const char* key)
{
    static QHash<QByteArray, QRegularExpression> cache;
    const QByteArray k(key);
    if (!cache.contains(k))
        cache.insert(k, QRegularExpression(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QString::fromLatin1(k))));
    const auto m = cache.value(k).match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray inflate(const QByteArray& deflated)
{
    // qUncompress wants the expected size first; it grows the buffer when the guess is short.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(deflated.size() * 8 + 1024), framed.data());
    return qUncompress(framed + deflated);
}

QByteArray streamOf(const Objects& objs, int number)
{
    const QByteArray body = objs.value(number);
    const qsizetype keyword = body.indexOf("stream");
    if (keyword < 0)
        return {};
    qsizetype data = keyword + 6;
    if (body.mid(data, 2) == "\r\n")
        data += 2;
    else if (body.at(data) == '\n')
        ++data;
    const QByteArray dict = body.left(keyword);
    qsizetype length = -1;
    if (int lengthRef = ref(dict, "Length"); lengthRef >= 0) {
        length = objs.value(lengthRef).trimmed().toLongLong();
    } else {
        static const QRegularExpression direct(QStringLiteral("/Length\\s+(\\d+)"));
        length = direct.match(QString::fromLatin1(dict)).captured(1).toLongLong();
    }
    const QByteArray raw = body.mid(data, length);
    return dict.contains("/FlateDecode") ? inflate(raw) : raw;
}

QString utf16(const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
    return s;
}

// A ToUnicode CMap: bfchar and bfrange (a start value or an array of values).
QHash<uint, QString> cmap(const QByteArray& text)
{
    QHash<uint, QString> map;
    static const QRegularExpression bfchar(QStringLiteral("beginbfchar(.*?)endbfchar"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression bfrange(QStringLiteral("beginbfrange(.*?)endbfrange"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    const QString s = QString::fromLatin1(text);
    for (auto blocks = bfchar.globalMatch(s); blocks.hasNext();)
        for (auto it = pair.globalMatch(blocks.next().captured(1)); it.hasNext();) {
            const auto m = it.next();
            map.insert(m.captured(1).toUInt(nullptr, 16), utf16(m.captured(2).toLatin1()));
        }
    for (auto blocks = bfrange.globalMatch(s); blocks.hasNext();)
        for (auto it = range.globalMatch(blocks.next().captured(1)); it.hasNext();) {
            const auto m = it.next();
            const uint first = m.captured(1).toUInt(nullptr, 16);
            const uint last = m.captured(2).toUInt(nullptr, 16);
            if (!m.captured(3).isEmpty()) {
                QString value = utf16(m.captured(3).toLatin1());
                for (uint code = first; code <= last && !value.isEmpty(); ++code) {
                    map.insert(code, value);
                    value.back() = QChar(char16_t(value.back().unicode() + 1));
                }
            } else {
                uint code = first;
                for (auto v = hex.globalMatch(m.captured(4)); v.hasNext() && code <= last; ++code)
                    map.insert(code, utf16(v.next().captured(1).toLatin1()));
            }
        }
    return map;
}

QString decode(const QString& hexString, const QHash<uint, QString>& map)
{
    QString out;
    const QByteArray bytes = QByteArray::fromHex(hexString.toLatin1());
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) { // Identity-H: two bytes a glyph
        const uint code = (uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1));
        out += map.value(code, QString(QChar(0xFFFD)));
    }
    return out;
}

} // namespace

PdfText::PdfText(const QByteArray& pdf)
{
    const Objects objs = objects(pdf);
    static const QRegularExpression kidRef(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QList<int> pageNumbers;
    for (auto it = objs.cbegin(); it != objs.cend(); ++it)
        if (it.value().contains("/Type /Pages")) {
            const QByteArray kids = it.value().mid(it.value().indexOf("/Kids"));
            const QByteArray list = kids.mid(kids.indexOf('['), kids.indexOf(']') - kids.indexOf('[') + 1);
            for (auto m = kidRef.globalMatch(QString::fromLatin1(list)); m.hasNext();)
                pageNumbers.append(m.next().captured(1).toInt());
        }
    static const QRegularExpression fontEntry(QStringLiteral("/(\\S+?)\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression op(
        QStringLiteral("/(\\S+)\\s+[-\\d.]+\\s+Tf|<([0-9A-Fa-f\\s]*)>\\s*Tj|\\[((?:[^\\]])*)\\]\\s*TJ"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f\\s]*)>"));
    for (int page : pageNumbers) {
        const QByteArray pageDict = objs.value(page);
        int resources = ref(pageDict, "Resources");
        const QByteArray res = resources >= 0 ? objs.value(resources) : pageDict;
        const qsizetype fontAt = res.indexOf("/Font");
        const QByteArray fontDict = res.mid(fontAt, res.indexOf(">>", fontAt) - fontAt);
        QHash<QString, QHash<uint, QString>> fonts;
        for (auto m = fontEntry.globalMatch(QString::fromLatin1(fontDict.mid(5))); m.hasNext();) {
            const auto f = m.next();
            fonts.insert(f.captured(1), cmap(streamOf(objs, ref(objs.value(f.captured(2).toInt()), "ToUnicode"))));
        }
        const QString content = QString::fromLatin1(streamOf(objs, ref(pageDict, "Contents")));
        QString text;
        QHash<uint, QString> current;
        for (auto it = op.globalMatch(content); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty())
                current = fonts.value(m.captured(1));
            else if (m.capturedStart(2) >= 0)
                text += decode(m.captured(2).remove(u' '), current);
            else
                for (auto h = hex.globalMatch(m.captured(3)); h.hasNext();)
                    text += decode(h.next().captured(1).remove(u' '), current);
        }
        m_pages.append(text);
    }
}

PdfText PdfText::read(const QString& path)
{
    QFile file(path);
    return PdfText(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

char32_t PdfText::firstIn(char32_t from, char32_t to) const
{
    for (const QString& page : m_pages)
        for (char32_t c : page.toUcs4())
            if (c >= from && c <= to)
                return c;
    return 0;
}

} // namespace fd::test
