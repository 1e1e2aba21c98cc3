// R-PS-2: an item past its expected pickup time reminds the desk, and keeps reminding, until the
// customer is reminded (the watch comes back a day later), it is collected or delivered with
// consent. And the handover sheet lists every item still held (R-SH-2).
#include "StoredItemFixture.h"

#include "engine/SiteSettings.h"
#include "engine/reminders/ReminderService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "modules/storeditems/StoredItemHandoverProvider.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class StoredItemWatchTest : public StoredItemFixture
{
protected:
    void SetUp() override
    {
        StoredItemFixture::SetUp();
        reminders =
            std::make_unique<ReminderService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    void setTime(int hour, int minute, int day = 22)
    {
        host.clock().set(QDateTime(QDate(2026, 11, day), QTime(hour, minute)));
        ASSERT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
    }

    QList<Reminder> watchReminders(qint64 itemId)
    {
        QList<Reminder> out;
        for (const Reminder& r : reminders->active(host.clock().nowMs(), clerk).value())
            if (r.due == ReminderDue::Watch && r.source == u"stored_item"_s && r.refId == itemId)
                out << r;
        return out;
    }

    int noticesFor(qint64 itemId)
    {
        int n = 0;
        for (const Reminder& r : reminders->noticesDue(host.clock().nowMs(), clerk).value())
            n += r.due == ReminderDue::Watch && r.refId == itemId ? 1 : 0;
        return n;
    }

    std::unique_ptr<ReminderService> reminders;
};

TEST_P(StoredItemWatchTest, AnOverdueItemRemindsTheDeskAgainAndAgainUntilPickedUp)
{
    // R-PS-2: past the expected pickup time → remind, and keep reminding.
    const StoredItem s = deposit();
    setTime(17, 59);
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    setTime(18, 1);
    const QList<Reminder> due = watchReminders(s.id);
    ASSERT_EQ(due.size(), 1);
    EXPECT_TRUE(due.first().number.contains(s.tag));
    EXPECT_TRUE(due.first().number.contains(u"王伟"_s));
    EXPECT_EQ(due.first().unitId, s.unitId);
    EXPECT_EQ(noticesFor(s.id), 1);
    EXPECT_EQ(noticesFor(s.id), 0);
    const int repeat = host.services().rules.reminderRepeatMinutes();
    host.clock().advanceMinutes(repeat);
    ASSERT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
    EXPECT_EQ(noticesFor(s.id), 1); // told again
    setTime(9, 0, 23);
    EXPECT_EQ(watchReminders(s.id).size(), 1); // still there the next morning

    ASSERT_TRUE(storage->pickUp(clerk, s.tag, u"王伟"_s, padSignature()).ok()); // R-PS-3 closes it
    ASSERT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    setTime(9, 0, 25);
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
}

TEST_P(StoredItemWatchTest, RemindingTheCustomerQuietsTheWatchForADayThenItComesBack)
{
    // R-PS-2: the contact attempt is recorded; the desk is reminded again after the site's interval.
    const StoredItem s = deposit();
    EXPECT_EQ(storage->remind(clerk, s.id, u"电话提醒"_s).error().code, u"storage.not_overdue"_s);
    setTime(18, 30);
    ASSERT_EQ(watchReminders(s.id).size(), 1);
    EXPECT_EQ(storage->remind(clerk, s.id, u" "_s).error().field, u"note"_s);
    ASSERT_TRUE(storage->remind(clerk, s.id, u"电话联系王伟，明天来取"_s).ok());
    ASSERT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    setTime(18, 29, 23);
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    setTime(18, 31, 23); // 24 hours after the reminder
    EXPECT_EQ(watchReminders(s.id).size(), 1);
    const QList<StoredItemEvent> history = storage->history(s.id).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).kind, u"reminded"_s);
    EXPECT_EQ(history.at(1).note, u"电话联系王伟，明天来取"_s);

    // The site may set its own interval.
    ASSERT_TRUE(host.services()
                    .settings.set(host.admin(), QString::fromLatin1(StoredItemService::RemindMinutesKey), u"120"_s)
                    .ok());
    ASSERT_TRUE(storage->remind(clerk, s.id, u"再次电话提醒"_s).ok());
    setTime(20, 29, 23);
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    setTime(20, 32, 23);
    EXPECT_EQ(watchReminders(s.id).size(), 1);
}

TEST_P(StoredItemWatchTest, DeliveringWithConsentEndsTheItemAndItsReminders)
{
    // R-PS-2: deliver with consent.
    const StoredItem s = deposit();
    setTime(19, 0);
    ASSERT_EQ(watchReminders(s.id).size(), 1);
    EXPECT_EQ(storage->deliverWithConsent(clerk, s.id, u""_s).error().field, u"consent"_s);
    auto delivered = storage->deliverWithConsent(clerk, s.id, u"业主张三（电话同意）"_s);
    ASSERT_TRUE(delivered.ok()) << delivered.error().message.toStdString();
    EXPECT_EQ(delivered.value().status, StoredItemStatus::Delivered);
    EXPECT_EQ(delivered.value().consentBy, u"业主张三（电话同意）"_s);
    ASSERT_TRUE(reminders->raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(s.id).isEmpty());
    auto pickup = storage->pickUp(clerk, s.tag, u"王伟"_s, padSignature());
    ASSERT_FALSE(pickup.ok());
    EXPECT_EQ(pickup.error().field, u"tag"_s);
    EXPECT_TRUE(pickup.error().message.contains(u"业主张三"_s));
}

TEST_P(StoredItemWatchTest, TheHandoverSheetListsEveryItemStillHeld)
{
    // R-SH-2 with R-PS-1: what is on the shelves is handed over.
    StoredItemHandoverProvider provider(host.db());
    // The application registers the provider itself (ServiceHost); this one is asked directly below.
    const StoredItem a = deposit();
    const StoredItem b = deposit(request(u"3-1-601"_s));
    const StoredItem c = deposit(request(u"3-1-701"_s));
    ASSERT_TRUE(storage->pickUp(clerk, c.tag, u"周九"_s, padSignature()).ok());
    qint64 desk = 0;
    for (const Post& p : host.services().shifts.posts().value())
        if (!p.isControlRoom)
            desk = p.id;
    auto shift = host.services().shifts.startShift(clerk, desk);
    ASSERT_TRUE(shift.ok()) << shift.error().message.toStdString();
    host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(15, 0)));
    auto sheet = host.services().shifts.endShift(clerk, shift.value().id, u""_s);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    QStringList lines;
    for (const HandoverItem& i : sheet.value().items)
        if (i.source == u"storage"_s)
            lines << i.text;
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.join(u"\n"_s).contains(a.tag));
    EXPECT_TRUE(lines.join(u"\n"_s).contains(b.tag));
    EXPECT_FALSE(lines.join(u"\n"_s).contains(c.tag));
    EXPECT_TRUE(lines.first().contains(u"3-1-502"_s));
    EXPECT_TRUE(lines.first().contains(u"A-3"_s));
    EXPECT_TRUE(lines.first().contains(u"6:00 PM"_s));

    Post control;
    control.isControlRoom = true;
    EXPECT_TRUE(provider.openItems(control, host.clock().nowMs()).value().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoredItemWatchTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
