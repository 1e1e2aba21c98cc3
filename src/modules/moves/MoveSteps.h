#pragma once

#include "modules/moves/Move.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

// The steps a move can have (R-MI-1, R-MO-1) and what each one asks for. A site may put them in its
// own order and switch the optional ones off (MoveService::setPlan); the required ones stay: the
// keys handed over at a move-in, the fees settled and the keys returned at a move-out.
class MoveSteps
{
    Q_DECLARE_TR_FUNCTIONS(MoveSteps)

public:
    enum class Needs { Nothing, Signature, KeysHanded, KeysReturned, MoveDay, Day, FeesSettled };

    struct Definition
    {
        QString key;
        Needs needs = Needs::Nothing;
        bool required = false; // never skipped, never switched off
    };

    // In the order of R-MI-1 / R-MO-1: the defaults of a site that has not set its own.
    [[nodiscard]] static QList<Definition> defaults(MoveKind kind);
    [[nodiscard]] static std::optional<Definition> find(MoveKind kind, const QString& key);
    // The steps' keys in their order (what a plan page reads and saves).
    [[nodiscard]] static QStringList keys(const QList<Definition>& plan);
    // "House inspection with engineering (验房)".
    [[nodiscard]] static QString displayName(const QString& key);
    // What doing it takes, for the form: "The owner signs on the pad."
    [[nodiscard]] static QString hint(const QString& key);

    [[nodiscard]] static QString key(MoveKind kind); // "move_in"
    [[nodiscard]] static std::optional<MoveKind> kindFromKey(const QString& key);
    [[nodiscard]] static QString displayName(MoveKind kind); // "入伙"
    [[nodiscard]] static QString prefix(MoveKind kind);      // "RH"
    [[nodiscard]] static QString key(MoveStatus status);
    [[nodiscard]] static std::optional<MoveStatus> statusFromKey(const QString& key);
    [[nodiscard]] static QString displayName(MoveStatus status);
    [[nodiscard]] static QString key(StepStatus status);
    [[nodiscard]] static std::optional<StepStatus> stepStatusFromKey(const QString& key);
    [[nodiscard]] static QString displayName(StepStatus status);

    // The step at which defects are found: the inspection of a move-in, the damage check of a move-out.
    [[nodiscard]] static QString defectStep(MoveKind kind);
};

} // namespace fd
