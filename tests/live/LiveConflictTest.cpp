// Issue 16, two desks change the same record: the second save is refused with who changed it and
// when, the person's input is kept, and one action reloads the record and applies it again. No
// update is lost silently: both desks' work is in the ticket's history.
#include "LiveDesks.h"

#include "../gui/GuiTestSupport.h"
#include "core/DateTimeText.h"
#include "engine/tickets/TicketService.h"
#include "modules/repairs/ReturnDialog.h"

#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

class LiveConflictTest : public LiveDesks
{
};

TEST_F(LiveConflictTest, TheSecondDeskIsToldWhoChangedTheRepairKeepsItsInputAndAppliesItOnTheRecordAsItIsNow)
{
    const Session lobby = a->signedIn(Role::Clerk, u"li.na"_s);
    const Session counter = a->signedIn(Role::Clerk, u"wang.fang"_s);
    auto opened = a->services().tickets.open(lobby, repair());
    ASSERT_TRUE(opened.ok());
    auto dispatched = a->services().tickets.dispatch(lobby, opened.value(), u"工程部"_s);
    ASSERT_TRUE(dispatched.ok());

    // The second counter opens the order's return on the repair as it reads it now…
    auto seen = b->services().tickets.find(opened.value().id);
    ASSERT_TRUE(seen.ok());
    ReturnDialog dialog(b->services().repairs, counter, seen.value(), u"张师傅"_s);
    dialog.setReload([this](qint64 id) { return b->services().tickets.find(id); });
    dialog.show();
    type(child<QPlainTextEdit>(&dialog, "result"), u"更换水龙头，试水正常"_s);

    // …while the lobby desk records the 15-minute follow-up on the same repair.
    a->clock().advanceMinutes(3);
    ASSERT_TRUE(a->services().tickets.recordFollowUp(lobby, dispatched.value()).ok());
    const qint64 followedUpAt = a->clock().nowMs();

    child<QPushButton>(&dialog, "recordReturn")->click();
    EXPECT_TRUE(dialog.isVisible()) << "the stale save was refused";
    const QString said = labelText(&dialog, "formError");
    EXPECT_TRUE(said.contains(u"li.na"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(DateTimeText::dateTime(followedUpAt))) << said.toStdString();
    EXPECT_EQ(child<QPlainTextEdit>(&dialog, "result")->toPlainText(), u"更换水龙头，试水正常"_s);
    auto* reload = child<QPushButton>(&dialog, "reloadButton");
    ASSERT_TRUE(reload->isVisible());
    EXPECT_EQ(a->db().scalar(u"SELECT status FROM tickets WHERE id = ?"_s, {opened.value().id}).value().toString(),
              u"dispatched"_s)
        << "nothing was written";

    reload->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(a->db().scalar(u"SELECT status FROM tickets WHERE id = ?"_s, {opened.value().id}).value().toString(),
              u"returned"_s);
    // Both desks' work is there: the lobby's follow-up and the counter's return.
    EXPECT_EQ(a->db()
                  .scalar(u"SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind IN ('followed_up', "
                          "'returned')"_s,
                          {opened.value().id})
                  .value()
                  .toInt(),
              2);
}

} // namespace

} // namespace fd::test
