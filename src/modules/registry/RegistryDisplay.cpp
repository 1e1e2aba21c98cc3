#include "modules/registry/RegistryDisplay.h"

#include "core/PersonalData.h"
#include "modules/registry/RegistryTerms.h"

using namespace Qt::StringLiterals;

namespace fd {

QString RegistryDisplay::typeName(UnitType type)
{
    return RegistryTerms::unitTypes.name(type);
}

QString RegistryDisplay::relationName(ResidentRelation relation)
{
    return RegistryTerms::relations.name(relation);
}

QString RegistryDisplay::area(qint64 areaCenti)
{
    const qint64 whole = areaCenti / 100;
    const qint64 part = areaCenti % 100;
    return u"%1.%2"_s.arg(whole).arg(part, 2, 10, QChar(u'0'));
}

QString RegistryDisplay::maskedPhones(const QStringList& phones)
{
    QStringList masked;
    masked.reserve(phones.size());
    for (const QString& phone : phones)
        masked << PersonalData::maskPhone(phone);
    return masked.join(u", "_s);
}

} // namespace fd
