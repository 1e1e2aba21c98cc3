#pragma once

#include "modules/moves/ArchiveTypes.h"
#include "modules/moves/MoveTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

// The stored keys of the moves' kinds and their names in the user's language.
class MoveTerms
{
    Q_DECLARE_TR_FUNCTIONS(MoveTerms)

public:
    [[nodiscard]] static QList<KeyKind> keyKinds();
    [[nodiscard]] static QString key(KeyKind kind);
    [[nodiscard]] static std::optional<KeyKind> keyKindFromKey(const QString& key);
    [[nodiscard]] static QString displayName(KeyKind kind); // "门禁卡"
    [[nodiscard]] static QString key(KeyReason reason);
    [[nodiscard]] static std::optional<KeyReason> keyReasonFromKey(const QString& key);
    [[nodiscard]] static QString displayName(KeyReason reason);
    [[nodiscard]] static QString key(LiftPurpose purpose);
    [[nodiscard]] static std::optional<LiftPurpose> liftPurposeFromKey(const QString& key);
    [[nodiscard]] static QString displayName(LiftPurpose purpose);
    [[nodiscard]] static QString key(DocumentKind kind);
    [[nodiscard]] static std::optional<DocumentKind> documentKindFromKey(const QString& key);
    [[nodiscard]] static QString displayName(DocumentKind kind);
    [[nodiscard]] static QString key(ArchiveFileKind kind);
    [[nodiscard]] static std::optional<ArchiveFileKind> fileKindFromKey(const QString& key);
    [[nodiscard]] static QString displayName(ArchiveFileKind kind);
};

} // namespace fd
