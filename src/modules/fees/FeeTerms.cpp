#include "modules/fees/FeeTerms.h"

#include "core/EnumTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys are in charge_items: never change one.
constexpr auto kBases = enumTable<ChargeBasis>(
    "FeeTerms", {{ChargeBasis::Area, "area", QT_TRANSLATE_NOOP("FeeTerms", "by floor area (per ㎡ a month)")},
                 {ChargeBasis::Fixed, "fixed", QT_TRANSLATE_NOOP("FeeTerms", "fixed a month")},
                 {ChargeBasis::OneOff, "one_off", QT_TRANSLATE_NOOP("FeeTerms", "one charge at a time")},
                 {ChargeBasis::Meter, "meter", QT_TRANSLATE_NOOP("FeeTerms", "by meter reading (per unit used)")},
                 {ChargeBasis::Deposit, "deposit", QT_TRANSLATE_NOOP("FeeTerms", "deposit, held (not income)")}});
constexpr auto kPeriods = enumTable<ChargePeriod>(
    "FeeTerms", {{ChargePeriod::Monthly, "monthly", QT_TRANSLATE_NOOP("FeeTerms", "monthly")},
                 {ChargePeriod::Quarterly, "quarterly", QT_TRANSLATE_NOOP("FeeTerms", "quarterly")},
                 {ChargePeriod::Yearly, "yearly", QT_TRANSLATE_NOOP("FeeTerms", "yearly")}});

// The stored keys are in payments: never change one.
constexpr auto kMethods = enumTable<PaymentMethod>(
    "FeeTerms", {{PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("FeeTerms", "cash")},
                 {PaymentMethod::Card, "card", QT_TRANSLATE_NOOP("FeeTerms", "bank card")},
                 {PaymentMethod::WeChat, "wechat", QT_TRANSLATE_NOOP("FeeTerms", "WeChat Pay")},
                 {PaymentMethod::Alipay, "alipay", QT_TRANSLATE_NOOP("FeeTerms", "Alipay")},
                 {PaymentMethod::Transfer, "transfer", QT_TRANSLATE_NOOP("FeeTerms", "bank transfer")}});

// The stored keys are in arrears_contacts: never change one.
constexpr auto kContacts =
    enumTable<ContactKind>("FeeTerms", {{ContactKind::Phone, "phone", QT_TRANSLATE_NOOP("FeeTerms", "phone call")},
                                        {ContactKind::Visit, "visit", QT_TRANSLATE_NOOP("FeeTerms", "visit")},
                                        {ContactKind::Note, "note", QT_TRANSLATE_NOOP("FeeTerms", "note")}});

} // namespace

std::optional<QDate> FeeTerms::monthOf(const QString& period)
{
    static const QRegularExpression form(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = form.match(period);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

bool FeeTerms::oneAtATime(ChargeBasis basis)
{
    return basis == ChargeBasis::OneOff || basis == ChargeBasis::Deposit;
}

QString FeeTerms::label(const BillLine& line)
{
    if (line.note.isEmpty())
        return line.itemName;
    return QCoreApplication::translate("FeeTerms", "%1: %2", "a charge item and what the charge was for")
        .arg(line.itemName, line.note);
}

QString FeeTerms::key(ContactKind kind)
{
    return kContacts.key(kind);
}

std::optional<ContactKind> FeeTerms::contactFromKey(const QString& key)
{
    return kContacts.from(key);
}

QString FeeTerms::displayName(ContactKind kind)
{
    return kContacts.name(kind);
}

QString FeeTerms::key(PaymentMethod method)
{
    return kMethods.key(method);
}

std::optional<PaymentMethod> FeeTerms::methodFromKey(const QString& key)
{
    return kMethods.from(key);
}

QString FeeTerms::displayName(PaymentMethod method)
{
    return kMethods.name(method);
}

QList<PaymentMethod> FeeTerms::methods()
{
    return kMethods.values();
}

QString FeeTerms::key(ChargeBasis basis)
{
    return kBases.key(basis);
}

QString FeeTerms::key(ChargePeriod period)
{
    return kPeriods.key(period);
}

std::optional<ChargeBasis> FeeTerms::basisFromKey(const QString& key)
{
    return kBases.from(key);
}

std::optional<ChargePeriod> FeeTerms::periodFromKey(const QString& key)
{
    return kPeriods.from(key);
}

QString FeeTerms::displayName(ChargeBasis basis)
{
    return kBases.name(basis);
}

QString FeeTerms::displayName(ChargePeriod period)
{
    return kPeriods.name(period);
}

QString FeeTerms::periodKey(const QDate& day)
{
    return QStringLiteral("%1-%2").arg(day.year(), 4, 10, QChar(u'0')).arg(day.month(), 2, 10, QChar(u'0'));
}

int FeeTerms::months(ChargePeriod period)
{
    switch (period) {
    case ChargePeriod::Monthly:
        return 1;
    case ChargePeriod::Quarterly:
        return 3;
    case ChargePeriod::Yearly:
        return 12;
    }
    return 1;
}

bool FeeTerms::startsIn(ChargePeriod period, int month)
{
    return (month - 1) % months(period) == 0;
}

} // namespace fd
