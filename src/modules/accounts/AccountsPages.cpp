#include "modules/accounts/AccountsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/accounts/AccountsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addAccountsPages(PageRegistry& pages)
{
    // Account administration is rare enough for a chord.
    pages.add({
        .key = u"accounts"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Accounts"); },
        .icon = u":/icons/accounts.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        .permissions = {Permission::ManageAccounts},
        .order = 140,
        .records = {},
        .follows = {u"user"_s},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            return deskPage(new AccountsPage(desk.services.accounts, desk.services.clock, parent));
        },
    });
}

} // namespace fd
