#include "modules/registry/RegistryDisplay.h"

#include "core/PersonalData.h"

using namespace Qt::StringLiterals;

namespace fd {

QString RegistryDisplay::typeName(UnitType type)
{
    switch (type) {
    case UnitType::Residential:
        return tr("Residential");
    case UnitType::Shop:
        return tr("Shop");
    case UnitType::Office:
        return tr("Office");
    }
    return {};
}

QString RegistryDisplay::relationName(ResidentRelation relation)
{
    switch (relation) {
    case ResidentRelation::Owner:
        return tr("Owner");
    case ResidentRelation::Tenant:
        return tr("Tenant");
    }
    return {};
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
