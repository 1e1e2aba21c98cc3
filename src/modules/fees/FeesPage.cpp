#include "modules/fees/FeesPage.h"

#include "modules/fees/ArrearsService.h"
#include "modules/fees/ArrearsWidget.h"
#include "modules/fees/BillingRunWidget.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/CashCountWidget.h"
#include "modules/fees/ChargeItemsWidget.h"
#include "modules/fees/CollectWidget.h"
#include "modules/fees/FeeSummaryWidget.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/registry/UnitPickerWidget.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

FeesPage::FeesPage(const Tabs& tabs, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_collect(tabs.collect), m_arrears(tabs.arrears),
      m_billing(tabs.billing), m_items(tabs.items), m_summary(tabs.summary), m_cashCount(tabs.cashCount)
{
    setObjectName(u"feesPage"_s);
    m_tabs->setObjectName(u"feesTabs"_s);
    m_tabs->addTab(m_collect, tr("C&ounter"));
    m_tabs->addTab(m_arrears, tr("Arrears and dunn&ing"));
    m_tabs->addTab(m_billing, tr("Billing ru&n"));
    m_tabs->addTab(m_summary, tr("Mont&hly summary"));
    m_tabs->addTab(m_items, tr("Charge it&ems"));
    // No Alt letter: every one free of the other tabs' fields is j, q or z.
    m_tabs->addTab(m_cashCount, tr("Cash count"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // A month billed: the counter shows the new bills of the unit open on it.
    connect(m_billing, &BillingRunWidget::billed, this, [this] { m_collect->showUnit(0); });
    // A payment taken: the cash count's figures follow.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_cashCount)
            m_cashCount->readLedger();
    });
}

void FeesPage::setSession(const Session& session)
{
    m_collect->setSession(session);
    m_billing->setSession(session);
    m_items->setSession(session);
    m_arrears->setSession(session);
    m_summary->setSession(session);
    m_cashCount->setSession(session);
    const auto allow = [this, &session](QWidget* tab, bool may, Permission shown) {
        const int index = m_tabs->indexOf(tab);
        m_tabs->setTabEnabled(index, may);
        m_tabs->setTabToolTip(index, may ? QString() : Roles::refusal(session.user.role, shown));
    };
    const bool sees = session.may(Permission::ViewFeeAccounts);
    allow(m_collect, sees, Permission::ViewFeeAccounts);
    allow(m_arrears, sees, Permission::ViewFeeAccounts);
    allow(m_billing, session.may(Permission::BillFees), Permission::BillFees);
    allow(m_summary, sees, Permission::ViewFeeAccounts);
    allow(m_cashCount, sees, Permission::ViewFeeAccounts);
    allow(m_items, session.may(Permission::EditChargeItems) || session.may(Permission::BillFees),
          Permission::EditChargeItems);
    for (int tab = 0; tab < m_tabs->count() && !m_tabs->isTabEnabled(m_tabs->currentIndex()); ++tab)
        m_tabs->setCurrentIndex(tab);
}

bool FeesPage::showRecord(const QString& source, qint64 id)
{
    if (source == QLatin1StringView(PaymentService::SearchKind)) {
        m_tabs->setCurrentWidget(m_collect);
        return m_collect->showPayment(id);
    }
    if (source == QLatin1StringView(ArrearsService::SearchKind)) {
        const qint64 unit = m_arrears->unitOfNotice(id);
        if (unit == 0)
            return false;
        m_tabs->setCurrentWidget(m_arrears);
        m_arrears->refresh();
        if (m_arrears->selectUnit(unit))
            return true;
        return showUnit(unit);
    }
    if (source == QLatin1StringView(PaymentNoticeService::SearchKind)) {
        // A bill's number: its unit's account at the counter, what it still owes.
        const qint64 unit = m_billing->unitOfNotice(id);
        return unit != 0 && showUnit(unit);
    }
    if (source == QLatin1StringView(BillingService::WatchKind) && id > 0) {
        // A month's run due (R-FE-1): the billing tab on that month.
        m_tabs->setCurrentWidget(m_billing);
        m_billing->setPeriod(u"%1-%2"_s.arg(id / 100).arg(id % 100, 2, 10, QChar(u'0')));
        return true;
    }
    return false;
}

QStringList FeesPage::followed()
{
    return {u"payment"_s, u"bill_line"_s, u"billing_run"_s, u"one_off_charge"_s, u"late_fee_waiver"_s};
}

void FeesPage::followChanges(const QList<Change>& changes)
{
    Q_UNUSED(changes) // the window hands only the kinds followed(); the account says whether it changed
    if (m_tabs->currentWidget() == m_collect)
        m_collect->followChanges();
}

void FeesPage::focusCounter()
{
    if (m_tabs->currentWidget() == m_collect && m_tabs->isTabEnabled(m_tabs->indexOf(m_collect)))
        m_collect->unitPicker()->edit()->setFocus(Qt::OtherFocusReason);
}

bool FeesPage::showUnit(qint64 unitId)
{
    m_tabs->setCurrentWidget(m_collect);
    m_collect->showUnit(unitId);
    return m_collect->account().has_value();
}

} // namespace fd
