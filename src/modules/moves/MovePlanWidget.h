#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QListWidget;

namespace fd {

// The form uic makes from ui/modules/moves/MovePlanWidget.ui (class fd::MovePlanWidget).
class Ui_MovePlanWidget;

class MoveService;

// The site's steps of a move (R-MI-1, R-MO-1: "the steps and their order are a site setting"): the
// steps of a move-in and of a move-out in the site's order, ticked when used (the required ones always
// are), moved earlier or later; and the documents a move-in checks for an owner and for a tenant.
// Saved through MoveService::setPlan and setDocumentsRequired (site rules); an error shows above the
// buttons and nothing is written. Layout: ui/modules/moves/MovePlanWidget.ui.
class MovePlanWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MovePlanWidget(MoveService& moves, QWidget* parent = nullptr);
    ~MovePlanWidget() override;

    void setSession(const Session& session);

public slots:
    void refresh();
    bool save();

signals:
    void backRequested();

private:
    void shift(int delta);
    void fillDocuments(QListWidget* list, bool tenant);

    std::unique_ptr<Ui_MovePlanWidget> m_ui;
    MoveService& m_moves;
    std::optional<Session> m_session;
    QListWidget* m_lastList = nullptr; // the steps list Earlier and Later act on
};

} // namespace fd
