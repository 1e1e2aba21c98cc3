// Issue 12: a module plugs its page into the window through the registry alone. The "module" here
// is this file: it registers a page (title, icon, shortcut, permission, a record source) and the
// window, untouched, shows it to the roles that may see it, under its shortcut, opens its records,
// hands it the session, and the page follows saved changes through the change feed with no poll.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/Services.h"
#include "engine/ChangeFeed.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"

#include <QAction>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// The test module's page: counts what the window asks of it and shows how many tickets it has seen
// saved (from the change feed).
class MeterPage : public QLabel
{
public:
    MeterPage(DeskContext& desk, QWidget* parent) : QLabel(parent)
    {
        setObjectName(u"meterPage"_s);
        connect(&desk.services.changes, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
            for (const Change& c : changes)
                if (c.kind == u"ticket"_s)
                    ++ticketsSeen;
            setText(QString::number(ticketsSeen));
        });
    }
    int ticketsSeen = 0;
    int activations = 0;
    QString signedIn;
    qint64 openedRecord = 0;
};

class MeterDeskPage final : public DeskPage
{
public:
    explicit MeterDeskPage(MeterPage* page) : m_page(page) {}
    [[nodiscard]] QWidget* widget() const override { return m_page; }
    void setSession(const Session& session) override { m_page->signedIn = session.user.login; }
    void activated() override { ++m_page->activations; }
    void refresh() override {}
    void changed(const QList<Change>&) override {}
    bool openRecord(const QString& source, qint64 id) override
    {
        if (source != u"meter_reading"_s)
            return false;
        m_page->openedRecord = id;
        return true;
    }

private:
    MeterPage* m_page;
};

// A page as most modules have one: its own setSession (which reads its list) and refresh.
class LedgerPage : public QLabel
{
public:
    explicit LedgerPage(QWidget* parent) : QLabel(parent) { setObjectName(u"ledgerPage"_s); }
    void setSession(const Session& session)
    {
        signedIn = session.user.login;
        ++reads;
    }
    void refresh() { ++reads; }
    QString signedIn;
    int reads = 0;
};

void addMeterPages(PageRegistry& pages)
{
    pages.add({.key = u"ledger"_s,
               .title = [] { return u"Ledger"_s; },
               .icon = u":/icons/reports.svg"_s,
               .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
               .order = 136,
               .follows = {u"ledger_entry"_s},
               .create = [](DeskContext&, QWidget* parent) -> std::unique_ptr<DeskPage> {
                   return std::make_unique<DeskPageOf<LedgerPage>>(new LedgerPage(parent),
                                                                   DeskPageHooks{.sessionRefreshes = true});
               }});
    pages.add({.key = u"meters"_s,
               .title = [] { return u"Meters"_s; },
               .icon = u":/icons/reports.svg"_s,
               .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
               .permissions = {Permission::ManageAccounts},
               .order = 135,
               .records = {u"meter_reading"_s},
               .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
                   return std::make_unique<MeterDeskPage>(new MeterPage(desk, parent));
               }});
}

class PageRegistryTest : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<MainWindow> window;

    void open(const Session& who)
    {
        PageRegistry pages = standardPages();
        addMeterPages(pages); // the module's one registration line
        window = std::make_unique<MainWindow>(host.services(), std::move(pages), who, u"desk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    MeterPage* meter() const { return window->findChild<MeterPage*>(u"meterPage"_s); }
};

TEST_F(PageRegistryTest, AModulesPageAppearsWithItsShortcutForTheRolesThatMaySeeIt)
{
    open(host.admin());
    ASSERT_NE(meter(), nullptr);
    EXPECT_TRUE(window->navigation()->isPageVisible(u"meters"_s));
    EXPECT_EQ(meter()->signedIn, host.admin().user.login) << "the window hands the page the session";
    auto* action = window->findChild<QAction*>(u"metersAction"_s);
    ASSERT_NE(action, nullptr) << "the Go menu has it";
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    EXPECT_TRUE(action->isVisible());

    QTest::keySequence(window.get(), action->shortcut());
    EXPECT_EQ(window->currentPage(), u"meters"_s);
    EXPECT_TRUE(meter()->isVisible());
    EXPECT_EQ(meter()->activations, 1);

    // A record of its source (from a search hit or a reminder) opens on it.
    window->showPage(u"home"_s);
    window->openRecord(u"meter_reading"_s, 42);
    EXPECT_EQ(window->currentPage(), u"meters"_s);
    EXPECT_EQ(meter()->openedRecord, 42);
}

TEST_F(PageRegistryTest, APageNobodyLooksAtReadsNothingUntilItIsBroughtToTheFront)
{
    // Issue 12: the window opens at once because the pages in the back read nothing; a page gets
    // the session, and reads its list once, when it first comes to the front.
    open(host.admin());
    auto* ledger = window->findChild<LedgerPage*>(u"ledgerPage"_s);
    ASSERT_NE(ledger, nullptr);
    EXPECT_EQ(ledger->reads, 0);
    EXPECT_TRUE(ledger->signedIn.isEmpty());
    window->showPage(u"ledger"_s);
    EXPECT_EQ(ledger->signedIn, host.admin().user.login);
    EXPECT_EQ(ledger->reads, 1) << "its setSession read the list: no second read";
    window->showPage(u"home"_s);
    window->showPage(u"ledger"_s);
    EXPECT_EQ(ledger->reads, 2) << "brought to the front again: read again";
}

TEST_F(PageRegistryTest, ARoleWithoutItsPermissionNeitherSeesNorReachesIt)
{
    // docs/roles.md: a page shows for the roles holding a permission it serves.
    open(host.signedIn(Role::Clerk, u"li.na"_s));
    EXPECT_FALSE(window->navigation()->isPageVisible(u"meters"_s));
    EXPECT_FALSE(window->findChild<QAction*>(u"metersAction"_s)->isVisible());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    EXPECT_EQ(window->currentPage(), u"home"_s);
    window->openRecord(u"meter_reading"_s, 42);
    EXPECT_EQ(window->currentPage(), u"home"_s);
    EXPECT_EQ(meter()->openedRecord, 0);
}

TEST_F(PageRegistryTest, ATicketSavedThroughAServiceReachesTheOpenPageWithoutAPoll)
{
    // Issue 12's change feed: the page hears of the save itself, after its commit.
    open(host.admin());
    window->showPage(u"meters"_s);
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    NewTicket request;
    request.kind = TicketKind::Repair;
    request.channel = Channel::WalkIn;
    request.personName = u"王芳"_s;
    request.description = u"物业费怎么交"_s;
    ASSERT_TRUE(host.services().tickets.open(clerk, request).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return meter()->text() == u"1"_s; }, 5000)) << meter()->text().toStdString();
}

TEST_F(PageRegistryTest, ThePageInFrontReadsAgainWhenAKindItFollowsIsSavedAnywhere)
{
    // Issue 16: a change committed at this or another desk reaches the page in front that shows its
    // kind, within the turn of the event loop it arrives in; a page behind reads once it is in front.
    open(host.admin());
    auto* ledger = window->findChild<LedgerPage*>(u"ledgerPage"_s);
    window->showPage(u"ledger"_s);
    ASSERT_EQ(ledger->reads, 1);
    host.services().changes.publish({Change{u"ledger_entry"_s, 7, u"created"_s}});
    EXPECT_TRUE(QTest::qWaitFor([&] { return ledger->reads == 2; }, 1000));
    host.services().changes.publish({Change{u"parcel"_s, 8, u"received"_s}});
    QTest::qWait(50);
    EXPECT_EQ(ledger->reads, 2) << "a kind it does not show is not read";

    window->showPage(u"home"_s);
    host.services().changes.publish({Change{u"ledger_entry"_s, 9, u"created"_s}});
    QTest::qWait(50);
    EXPECT_EQ(ledger->reads, 2) << "a page behind the others reads nothing";
    window->showPage(u"ledger"_s);
    EXPECT_EQ(ledger->reads, 3) << "brought to the front, it reads what it missed";
    host.services().changes.publish({Change{QString::fromLatin1(ChangeFeed::everything), 0, {}}});
    EXPECT_TRUE(QTest::qWaitFor([&] { return ledger->reads == 4; }, 1000)) << "a full refresh reaches it";
}

} // namespace
} // namespace fd::test
