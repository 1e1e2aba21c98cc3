#pragma once

#include "engine/ChangeFeed.h"
#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QTabWidget;

namespace fd {

class ArrearsWidget;
class BillingRunWidget;
class ChargeItemsWidget;
class FeeSummaryWidget;
class CollectWidget;
class CashCountWidget;

// 收费 (issue 13): the cashier's page. One tab takes payments at the counter (R-FE-2), one chases the
// arrears (R-FE-3), one makes the month's billing run (R-FE-1), one shows the monthly summary, one sets
// up the charge items and their rates (the manager's), one closes the cashier's shift with a cash count. A tab
// its role may not use stays, disabled, with the reason.
class FeesPage : public QWidget
{
    Q_OBJECT

public:
    // The tabs, made by addFeesPages with the services each uses.
    struct Tabs
    {
        CollectWidget* collect;
        ArrearsWidget* arrears;
        BillingRunWidget* billing;
        FeeSummaryWidget* summary;
        ChargeItemsWidget* items;
        CashCountWidget* cashCount;
    };

    explicit FeesPage(const Tabs& tabs, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] CollectWidget* collect() const { return m_collect; }
    [[nodiscard]] ArrearsWidget* arrears() const { return m_arrears; }
    [[nodiscard]] BillingRunWidget* billing() const { return m_billing; }
    [[nodiscard]] ChargeItemsWidget* chargeItems() const { return m_items; }
    [[nodiscard]] FeeSummaryWidget* summary() const { return m_summary; }
    [[nodiscard]] CashCountWidget* cashCount() const { return m_cashCount; }
    // The kinds of change the counter shows (PageEntry::follows), and a batch of them: the account open
    // on the counter is read again when it changed at another counter (CollectWidget::followChanges).
    static QStringList followed();
    void followChanges(const QList<Change>& changes);
    // Opens a unit's account on the counter tab.
    bool showUnit(qint64 unitId);
    // When the page comes to the front on the counter: the cursor in the unit field, to type a unit.
    void focusCounter();
    // A search hit: a receipt (its unit's account with the payment selected), a dunning notice (its
    // unit on the arrears list, or its account when paid since) or a payment notice (its unit's account).
    bool showRecord(const QString& source, qint64 id);

private:
    QTabWidget* m_tabs;
    CollectWidget* m_collect;
    ArrearsWidget* m_arrears;
    BillingRunWidget* m_billing;
    ChargeItemsWidget* m_items;
    FeeSummaryWidget* m_summary;
    CashCountWidget* m_cashCount;
};

} // namespace fd
