#include "modules/moves/MoveTerms.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromKey(const QString& key, const std::array<std::pair<E, const char*>, N>& keys)
{
    for (const auto& [value, k] : keys)
        if (key == QLatin1StringView(k))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString toKey(E value, const std::array<std::pair<E, const char*>, N>& keys)
{
    for (const auto& [v, k] : keys)
        if (v == value)
            return QString::fromLatin1(k);
    return {};
}

constexpr std::array kKinds{std::pair{KeyKind::Door, "door"}, std::pair{KeyKind::Mailbox, "mailbox"},
                            std::pair{KeyKind::AccessCard, "access_card"},
                            std::pair{KeyKind::ParkingCard, "parking_card"}, std::pair{KeyKind::Other, "other"}};
constexpr std::array kReasons{std::pair{KeyReason::HandedOver, "handed_over"},
                              std::pair{KeyReason::Returned, "returned"}, std::pair{KeyReason::Lost, "lost"},
                              std::pair{KeyReason::Made, "made"}};
constexpr std::array kPurposes{std::pair{LiftPurpose::MoveIn, "move_in"}, std::pair{LiftPurpose::MoveOut, "move_out"},
                               std::pair{LiftPurpose::Renovation, "renovation"},
                               std::pair{LiftPurpose::Other, "other"}};
constexpr std::array kDocuments{std::pair{DocumentKind::IdCard, "id_card"},
                                std::pair{DocumentKind::Passport, "passport"},
                                std::pair{DocumentKind::PurchaseContract, "purchase_contract"},
                                std::pair{DocumentKind::Lease, "lease"},
                                std::pair{DocumentKind::PropertyCertificate, "property_certificate"},
                                std::pair{DocumentKind::Other, "other"}};
constexpr std::array kFiles{std::pair{ArchiveFileKind::Document, "document"},
                            std::pair{ArchiveFileKind::Agreement, "agreement"},
                            std::pair{ArchiveFileKind::Inspection, "inspection"},
                            std::pair{ArchiveFileKind::Photo, "photo"}, std::pair{ArchiveFileKind::Other, "other"}};

} // namespace

QList<KeyKind> MoveTerms::keyKinds()
{
    QList<KeyKind> out;
    for (const auto& [kind, key] : kKinds)
        out << kind;
    return out;
}

QString MoveTerms::key(KeyKind kind)
{
    return toKey(kind, kKinds);
}

std::optional<KeyKind> MoveTerms::keyKindFromKey(const QString& key)
{
    return fromKey(key, kKinds);
}

QString MoveTerms::displayName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Door:
        return tr("door key");
    case KeyKind::Mailbox:
        return tr("mailbox key");
    case KeyKind::AccessCard:
        return tr("access card");
    case KeyKind::ParkingCard:
        return tr("parking card");
    case KeyKind::Other:
        break;
    }
    return tr("other key");
}

QString MoveTerms::key(KeyReason reason)
{
    return toKey(reason, kReasons);
}

std::optional<KeyReason> MoveTerms::keyReasonFromKey(const QString& key)
{
    return fromKey(key, kReasons);
}

QString MoveTerms::displayName(KeyReason reason)
{
    switch (reason) {
    case KeyReason::HandedOver:
        return tr("handed over");
    case KeyReason::Returned:
        return tr("returned");
    case KeyReason::Lost:
        return tr("lost");
    case KeyReason::Made:
        break;
    }
    return tr("new one made");
}

QString MoveTerms::key(LiftPurpose purpose)
{
    return toKey(purpose, kPurposes);
}

std::optional<LiftPurpose> MoveTerms::liftPurposeFromKey(const QString& key)
{
    return fromKey(key, kPurposes);
}

QString MoveTerms::displayName(LiftPurpose purpose)
{
    switch (purpose) {
    case LiftPurpose::MoveIn:
        return tr("move-in");
    case LiftPurpose::MoveOut:
        return tr("move-out");
    case LiftPurpose::Renovation:
        return tr("renovation");
    case LiftPurpose::Other:
        break;
    }
    return tr("other");
}

QString MoveTerms::key(DocumentKind kind)
{
    return toKey(kind, kDocuments);
}

std::optional<DocumentKind> MoveTerms::documentKindFromKey(const QString& key)
{
    return fromKey(key, kDocuments);
}

QString MoveTerms::displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdCard:
        return tr("ID card");
    case DocumentKind::Passport:
        return tr("passport");
    case DocumentKind::PurchaseContract:
        return tr("purchase contract");
    case DocumentKind::Lease:
        return tr("lease");
    case DocumentKind::PropertyCertificate:
        return tr("property certificate");
    case DocumentKind::Other:
        break;
    }
    return tr("other document");
}

QString MoveTerms::key(ArchiveFileKind kind)
{
    return toKey(kind, kFiles);
}

std::optional<ArchiveFileKind> MoveTerms::fileKindFromKey(const QString& key)
{
    return fromKey(key, kFiles);
}

QString MoveTerms::displayName(ArchiveFileKind kind)
{
    switch (kind) {
    case ArchiveFileKind::Document:
        return tr("document");
    case ArchiveFileKind::Agreement:
        return tr("agreement");
    case ArchiveFileKind::Inspection:
        return tr("inspection");
    case ArchiveFileKind::Photo:
        return tr("photo");
    case ArchiveFileKind::Other:
        break;
    }
    return tr("other file");
}

} // namespace fd
