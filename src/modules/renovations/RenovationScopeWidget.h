#pragma once

#include "engine/Session.h"
#include "modules/renovations/Renovation.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationScopeWidget.ui.
class Ui_RenovationScopeWidget;

class RenovationService;

// The site's list of work a renovation may cover (administrator, R-RN-1): each item allowed, needing
// engineering's approval or forbidden (never approved), and offered on the application or not; a new
// item added. Each change is saved at once through RenovationService (audited).
class RenovationScopeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RenovationScopeWidget(RenovationService& renovations, QWidget* parent = nullptr);
    ~RenovationScopeWidget() override;

    void setSession(const Session& session);
    void reload();
    // Sets the item's approval (row by key); false when refused.
    bool setApproval(const QString& key, ScopeApproval approval);

public slots:
    bool addItem();

signals:
    void backRequested();

private:
    // `seen`: the item as the list showed it (empty for a new one), a copy since the list is read again
    // within; refused, the list shows the item as it is now.
    bool save(const ScopeItem& item, ScopeItem seen);

    std::unique_ptr<Ui_RenovationScopeWidget> m_ui;
    RenovationService& m_renovations;
    std::optional<Session> m_session;
    QList<ScopeItem> m_items;
    FormErrors m_errors;
    bool m_filling = false;
};

} // namespace fd
