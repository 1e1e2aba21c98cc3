// An unclaimed parcel comes due through the desk's reminders and is handed over at shift change.
#include "ParcelFixture.h"

#include "engine/SiteSettings.h"
#include "engine/reminders/ReminderService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "modules/parcels/ParcelHandoverProvider.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

constexpr int kRemindMinutes = 48 * 60; // the site's default: an unclaimed parcel after two days

class ParcelWatchTest : public ParcelFixture
{
protected:
    void SetUp() override
    {
        ParcelFixture::SetUp();
        reminders =
            std::make_unique<ReminderService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    QList<Reminder> parcelReminders(const QList<Reminder>& list, qint64 parcelId)
    {
        QList<Reminder> out;
        for (const Reminder& r : list)
            if (r.due == ReminderDue::Watch && r.source == u"parcel" && r.refId == parcelId)
                out << r;
        return out;
    }

    QList<Reminder> raise() { return parcelReminders(reminders->raiseDue(host.clock().nowMs()).value(), m_id); }
    QList<Reminder> active() { return parcelReminders(reminders->active(host.clock().nowMs(), clerk).value(), m_id); }
    QList<Reminder> notices()
    {
        return parcelReminders(reminders->noticesDue(host.clock().nowMs(), clerk).value(), m_id);
    }

    std::unique_ptr<ReminderService> reminders;
    qint64 m_id = 0;
};

TEST_P(ParcelWatchTest, AnUnclaimedParcelRaisesAfter48HoursAndRepeatsUntilPickedUp)
{
    // R-PS-4: the desk is reminded of a parcel nobody collected, again and again, until it is collected.
    m_id = receive(u"顺丰"_s, {line(unitId(u"3-1-502"_s), 2, u"SF55"_s)}).parcelIds.first();
    host.clock().advanceMinutes(kRemindMinutes - 1);
    EXPECT_TRUE(raise().isEmpty());
    host.clock().advanceMinutes(2);
    const QList<Reminder> raised = raise();
    ASSERT_EQ(raised.size(), 1);
    EXPECT_TRUE(raised.first().number.contains(u"3-1-502"_s)) << raised.first().number.toStdString();
    EXPECT_TRUE(raised.first().description.contains(u"顺丰"_s));
    EXPECT_EQ(notices().size(), 1);
    host.clock().advanceMinutes(host.services().rules.reminderRepeatMinutes());
    raise();
    EXPECT_EQ(notices().size(), 1); // told again

    ASSERT_TRUE(parcels->pickUp(clerk, {m_id}, drawn(u"张三"_s)).ok());
    raise();
    EXPECT_TRUE(active().isEmpty());
    host.clock().advanceMinutes(5 * 24 * 60);
    EXPECT_TRUE(raise().isEmpty());
}

TEST_P(ParcelWatchTest, NotifyingAgainGivesTheResidentAnother48Hours)
{
    // R-PS-4: notified again re-arms the reminder.
    m_id = receive(u"京东"_s, {line(unitId(u"3-1-601"_s))}).parcelIds.first();
    host.clock().advanceMinutes(kRemindMinutes + 10);
    ASSERT_EQ(raise().size(), 1);
    ASSERT_TRUE(parcels->notify(clerk, {m_id}, NoticeWay::Phone).ok());
    raise();
    EXPECT_TRUE(active().isEmpty());
    host.clock().advanceMinutes(kRemindMinutes - 5);
    EXPECT_TRUE(raise().isEmpty());
    host.clock().advanceMinutes(10);
    EXPECT_EQ(raise().size(), 1);
}

TEST_P(ParcelWatchTest, TheSiteMayShortenTheReminder)
{
    // R-PS-4 with the site's own number: a SiteSettings override of the 48 hours.
    ASSERT_TRUE(host.services()
                    .settings.set(host.admin(), QString::fromLatin1(ParcelService::RemindMinutesKey), u"600"_s)
                    .ok());
    m_id = receive(u"EMS"_s, {line(unitId(u"3-1-601"_s))}).parcelIds.first();
    host.clock().advanceMinutes(601);
    EXPECT_EQ(raise().size(), 1);
}

TEST_P(ParcelWatchTest, TheHandoverListsOneLinePerUnitWithParcelsWaiting)
{
    // R-SH-2 with R-PS-4: what is still on the shelf is handed over, unit by unit.
    const qint64 u502 = unitId(u"3-1-502"_s);
    const ParcelBatch b = receive(u"顺丰"_s, {line(u502, 2), line(unitId(u"3-1-601"_s))});
    host.clock().advanceMinutes(60);
    receive(u"京东"_s, {line(u502)});
    ASSERT_TRUE(parcels->pickUp(clerk, {b.parcelIds.last()}, drawn(u"钱七"_s)).ok());

    // The application registers the parcels' provider with the shifts (ServiceHost).
    ShiftService& shifts = host.services().shifts;
    qint64 desk = 0;
    for (const Post& p : shifts.posts().value())
        if (!p.isControlRoom)
            desk = p.id;
    auto shift = shifts.startShift(clerk, desk);
    ASSERT_TRUE(shift.ok()) << shift.error().message.toStdString();
    host.clock().advanceMinutes(240);
    auto sheet = shifts.endShift(clerk, shift.value().id, u"无"_s);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    QStringList lines;
    for (const HandoverItem& i : sheet.value().items)
        if (i.source == u"parcels")
            lines << i.text;
    ASSERT_EQ(lines.size(), 1) << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(lines.first().startsWith(u"3-1-502 3"_s)) << lines.first().toStdString();
    EXPECT_TRUE(lines.first().contains(u"顺丰/京东"_s)) << lines.first().toStdString();
    EXPECT_TRUE(lines.first().contains(u"11/20"_s)) << lines.first().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ParcelWatchTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
