#include "modules/fees/FeesPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "engine/SiteSetup.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/ArrearsWidget.h"
#include "modules/fees/BillingRunWidget.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/CashCountWidget.h"
#include "modules/fees/ChargeItemsWidget.h"
#include "modules/fees/CollectWidget.h"
#include "modules/fees/FeeSummaryWidget.h"
#include "modules/fees/FeesPage.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd {

void addFeesPages(PageRegistry& pages)
{
    pages.add({
        .key = u"fees"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Fees"); },
        .icon = u":/icons/fees.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        .permissions = {Permission::ViewFeeAccounts, Permission::CollectFees, Permission::BillFees,
                        Permission::EditChargeItems},
        .order = 125,
        .records = {QString::fromLatin1(PaymentService::SearchKind), QString::fromLatin1(ArrearsService::SearchKind),
                    QString::fromLatin1(PaymentNoticeService::SearchKind),
                    QString::fromLatin1(BillingService::WatchKind)},
        .follows = FeesPage::followed(),
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* collect = new CollectWidget({s.payments, s.accounts, s.registry, s.charges, s.oneOffCharges,
                                               s.lateFees, s.billing, s.clock, s.site.siteName()});
            auto* billing = new BillingRunWidget({s.billing, s.paymentNotices, s.charges, s.oneOffCharges,
                                                  s.openingBalances, s.meters, s.registry, s.clock, s.site.siteName()});
            auto* items = new ChargeItemsWidget(s.charges, s.registry, s.clock);
            auto* arrears = new ArrearsWidget(s.arrears, s.site.siteName());
            auto* summary = new FeeSummaryWidget(s.feeSummary, s.clock, s.site.siteName());
            auto* cashCount = new CashCountWidget(s.cashCounts, s.arrears, s.clock, s.site.siteName());
            auto* page = new FeesPage({collect, arrears, billing, summary, items, cashCount}, parent);
            return deskPage(page, {.activated = [page] { page->focusCounter(); },
                                   .openRecord = [page](const QString& source,
                                                        qint64 id) { return page->showRecord(source, id); }});
        },
    });
}

} // namespace fd
