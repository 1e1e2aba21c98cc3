#pragma once

#include "engine/Session.h"
#include "modules/moves/ArchiveTypes.h"
#include "widgets/FormErrors.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/moves/ArchiveWidget.ui (class fd::ArchiveWidget).
class Ui_ArchiveWidget;

class Clock;
class MoveService;
class OwnerArchiveService;
class UnitKeyService;

// The owner's archive (业主档案, R-MI-2) of one unit and resident: the documents seen (numbers masked)
// and the scans, photos and agreements filed, each added here; a filed file is saved out as a copy
// (only for a role that sees personal data, and only while it matches its hash); the unit's keys, what
// it holds and every change, with a lost key or a new one made recorded here; and the unit's move-ins and
// move-outs. Every entry goes to
// OwnerArchiveService; an error shows next to its field and nothing is written.
// Layout: ui/modules/moves/ArchiveWidget.ui.
class ArchiveWidget : public QWidget
{
    Q_OBJECT

public:
    ArchiveWidget(OwnerArchiveService& archive, UnitKeyService& keys, MoveService& moves, const Clock& clock,
                  QWidget* parent = nullptr);
    ~ArchiveWidget() override;

    void setSession(const Session& session);
    // Shows the archive of this resident of the unit (residentId 0: the unit's own).
    void showFor(qint64 unitId, qint64 residentId, const QString& title);
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] const QList<ArchiveFile>& files() const { return m_files; }

public slots:
    void refresh();
    bool recordDocument();
    bool attachFile();
    // Saves the selected file's content where the clerk chooses.
    bool saveCopy();
    // A key lost (with how) or a new one made, appended to the unit's key record.
    bool recordKeyChange();

signals:
    void backRequested();
    void changed();

private:
    std::unique_ptr<Ui_ArchiveWidget> m_ui;
    void showKeys();

    OwnerArchiveService& m_archive;
    UnitKeyService& m_keys;
    MoveService& m_moves;
    const Clock& m_clock;
    std::optional<Session> m_session;
    qint64 m_unitId = 0;
    qint64 m_residentId = 0;
    QList<ArchiveFile> m_files;
    FormErrors m_errors;
};

} // namespace fd
