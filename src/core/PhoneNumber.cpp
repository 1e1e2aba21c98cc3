#include "core/PhoneNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

QString PhoneNumber::normalize(const QString& raw)
{
    QString out;
    for (QChar c : raw.trimmed())
        if (c.isDigit())
            out.append(c);
        else if (c != u' ' && c != u'-' && c != u'\u3000')
            return raw.trimmed(); // keep as typed; isValid() will refuse it
    return out;
}

bool PhoneNumber::isValid(const QString& raw)
{
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^(0\\d{2,3})?\\d{7,8}$"_s);
    const QString n = normalize(raw);
    return mobile.match(n).hasMatch() || landline.match(n).hasMatch();
}

QString PhoneNumber::tail(const QString& raw, int digits)
{
    return normalize(raw).right(digits);
}

} // namespace fd
