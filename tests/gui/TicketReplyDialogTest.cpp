// R-IN-4, R-IN-5 from the ticket window: the desk promises a reply time (a past one is refused next
// to the field), refers an inquiry to the department head and records the head's answer; the history
// shows each step.
#include "GuiTestSupport.h"

#include "core/PersonalData.h"
#include "engine/tickets/TicketService.h"
#include "modules/tickets/TicketDialog.h"
#include "modules/tickets/TicketReplyDialog.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class TicketReplyDialogTest : public ::testing::Test
{
protected:
    Ticket openInquiry()
    {
        NewTicket r;
        r.kind = TicketKind::Inquiry;
        r.channel = Channel::Call;
        r.callerPhone = u"13800001111"_s;
        r.description = u"车位租金明年是否上调"_s;
        auto t = host.services().tickets.open(clerk, r);
        EXPECT_TRUE(t.ok());
        return t.value();
    }

    bool historyHas(TicketDialog& dialog, const QString& what)
    {
        for (int r = 0; r < dialog.history()->rowCount(); ++r)
            if (dialog.history()->item(r, 1)->text() == what)
                return true;
        return false;
    }

    TestHost host;
    Services& s = host.services();
    Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
};

TEST_F(TicketReplyDialogTest, APromiseFromTheTicketWindowMovesTheReplyDueAndAPastOneIsRefused)
{
    // R-IN-4: a promised time changes the reply due; the change is in the history.
    const Ticket t = openInquiry();
    TicketDialog dialog(s.tickets, s.registry, s.accounts, s.clock, clerk, t.id);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(host.clock().nowMs());
    const QDateTime promised(now.date().addDays(3), QTime(15, 0));
    bool refusedFirst = false;
    dialog.setBeforeReplyDialog([&](QDialog& reply) {
        QTimer::singleShot(0, &reply, [&] {
            auto* when = child<QDateTimeEdit>(&reply, "replyPromisedEdit");
            when->setDateTime(now.addSecs(-3600));
            reply.accept();
            refusedFirst = reply.isVisible() && !labelText(&reply, "replyPromisedError").isEmpty();
            when->setDateTime(promised);
            reply.accept();
        });
    });
    auto* promise = child<QPushButton>(&dialog, "ticketAction0");
    ASSERT_NE(promise, nullptr);
    promise->click();
    EXPECT_TRUE(refusedFirst);
    EXPECT_EQ(host.services().tickets.find(t.id).value().resolveByMs, promised.toMSecsSinceEpoch());
    EXPECT_TRUE(historyHas(dialog, TicketTerms::eventDisplayName(u"reply_promised"_s)));
}

TEST_F(TicketReplyDialogTest, AnInquiryIsReferredToTheHeadAndTheHeadsAnswerClosesIt)
{
    // R-IN-5: referred (department, head), then the head's answer is given and the inquiry closes.
    const Ticket t = openInquiry();
    TicketDialog dialog(s.tickets, s.registry, s.accounts, s.clock, clerk, t.id);
    dialog.setBeforeReplyDialog([&](QDialog& reply) {
        QTimer::singleShot(0, &reply, [&] {
            if (auto* department = reply.findChild<QLineEdit*>(u"replyDepartmentEdit"_s); department->isVisible()) {
                type(department, u"财务部"_s);
                type(child<QLineEdit>(&reply, "replyHeadEdit"), u"周经理"_s);
            } else {
                type(child<QLineEdit>(&reply, "replyAnsweredByEdit"), u"周经理"_s);
                type(child<QPlainTextEdit>(&reply, "replyHeadAnswerEdit"), u"明年租金不变"_s);
            }
            reply.accept();
        });
    });
    child<QPushButton>(&dialog, "ticketAction1")->click(); // refer
    EXPECT_TRUE(historyHas(dialog, TicketTerms::eventDisplayName(u"referred"_s)));
    QApplication::processEvents();                         // the old buttons go
    child<QPushButton>(&dialog, "ticketAction2")->click(); // the head's answer
    EXPECT_EQ(host.services().tickets.find(t.id).value().status, TicketStatus::Closed);
    QApplication::processEvents();
    EXPECT_EQ(dialog.findChild<QPushButton*>(u"ticketAction2"_s), nullptr) << "a closed inquiry owes nothing";
}

TEST_F(TicketReplyDialogTest, TheTicketWindowMasksTheCallerAndRevealsTheNumberOnceAudited)
{
    // R-CB-1: the clerk calling back sees 138****1111 until Alt+H; the reveal is one audit event.
    const Ticket t = openInquiry();
    TicketDialog dialog(s.tickets, s.registry, s.accounts, s.clock, clerk, t.id);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* summary = child<QLabel>(&dialog, "ticketSummary");
    EXPECT_FALSE(summary->text().contains(t.callerPhone));
    EXPECT_TRUE(summary->text().contains(PersonalData::maskPhone(t.callerPhone)));
    QTest::keyClick(&dialog, 'h', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary->text().contains(t.callerPhone); }, 2000));
    auto reveals = host.db().scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'phone.reveal' AND "
                                    u"entity_id = ? AND actor_id = ?"_s,
                                    {t.id, clerk.user.id});
    EXPECT_EQ(reveals.value().toLongLong(), 1);

    // The administrator may not: the button says why and nothing is revealed.
    const Session admin = host.signedIn(Role::Admin, u"it.admin"_s);
    TicketDialog theirs(s.tickets, s.registry, s.accounts, s.clock, admin, t.id);
    auto* button = child<QPushButton>(&theirs, "revealPhone");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_EQ(button->toolTip(), Roles::refusal(Role::Admin, Permission::SeePersonalData));
    EXPECT_FALSE(child<QLabel>(&theirs, "ticketSummary")->text().contains(t.callerPhone));
}

} // namespace
} // namespace fd::test
