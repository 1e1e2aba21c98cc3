#pragma once

#include "engine/Session.h"
#include "modules/moves/ArchiveTypes.h"
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
// buttons and nothing is written. A list another administrator saved since this page read it is not
// written over: the message says who and when, the lists here stay, and Save again puts them in
// force. Layout: ui/modules/moves/MovePlanWidget.ui.
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
    // Shows the documents asked of an owner or a tenant; the read's error when they cannot be read.
    Status fillDocuments(QListWidget* list, bool tenant);
    [[nodiscard]] static QList<int> checkedRows(const QListWidget* list);

    std::unique_ptr<Ui_MovePlanWidget> m_ui;
    MoveService& m_moves;
    std::optional<Session> m_session;
    QListWidget* m_lastList = nullptr; // the steps list Earlier and Later act on
    // What the page read (issue 16): only a list changed here is saved, over the list as read, so
    // another administrator's save since is said, not written over.
    // Empty when the list could not be read: it is then not saved.
    std::optional<QStringList> m_readIn, m_readOut;                      // plan()'s keys
    std::optional<QList<QList<DocumentKind>>> m_readOwner, m_readTenant; // documentsRequired()
    QStringList m_shownIn, m_shownOut;                                   // the steps ticked when shown
    QList<int> m_shownOwner, m_shownTenant;                              // the choices ticked when shown
};

} // namespace fd
