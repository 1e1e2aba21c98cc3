#include "core/PersonalData.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

QString PersonalData::maskPhone(const QString& phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() <= 4)
        return u"****"_s;
    if (digits.size() == 11)
        return digits.left(3) + u"****"_s + digits.right(4);
    return QString(digits.size() - 4, u'*') + digits.right(4);
}

QString PersonalData::maskText(const QString& text)
{
    // ID card numbers first (18 characters, last may be X), then mainland mobiles, then long digit runs
    // with an area code (landlines). Each keeps only enough to be recognised by the person it belongs to.
    static const QRegularExpression idCard(u"(?<!\\d)(\\d{6})\\d{8}(\\d{3}[\\dXx])(?!\\d)"_s);
    static const QRegularExpression mobile(u"(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)"_s);
    static const QRegularExpression landline(u"(?<!\\d)(0\\d{2,3})-\\d{3,4}(\\d{4})(?!\\d)"_s);
    QString out = text;
    out.replace(idCard, u"\\1********\\2"_s);
    out.replace(mobile, u"\\1****\\2"_s);
    out.replace(landline, u"\\1-****\\2"_s);
    return out;
}

std::string PersonalData::maskText(const std::string& text)
{
    bool hasDigitRun = false;
    int run = 0;
    for (char c : text) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= 7) {
            hasDigitRun = true;
            break;
        }
    }
    if (!hasDigitRun)
        return text;
    return maskText(QString::fromStdString(text)).toStdString();
}

} // namespace fd
