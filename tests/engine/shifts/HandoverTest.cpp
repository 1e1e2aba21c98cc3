#include "ShiftFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class HandoverTest : public ShiftFixture
{
protected:
    // li.na on the desk's A shift with one open repair and one closed inquiry; at 14:50 her sheet
    // is drafted, not yet signed.
    HandoverSheet draftWithOpenRepair()
    {
        setTime(at(7, 30));
        start(m_clerk, m_desk);
        setTime(at(9, 0));
        m_openRepair = openTicket(repairRequest());
        NewTicket inquiry = repairRequest(u"问停水时间"_s);
        inquiry.kind = TicketKind::Inquiry;
        Ticket asked = openTicket(inquiry);
        EXPECT_TRUE(m_tickets->close(m_clerk, asked, u"已答复"_s).ok());
        setTime(at(14, 50));
        auto draft = m_shifts->endShift(m_clerk, openShiftOf(m_clerk).id, u"3-1-502 业主下午再来"_s);
        EXPECT_TRUE(draft.ok()) << (draft.ok() ? std::string() : draft.error().message.toStdString());
        return draft.ok() ? draft.value() : HandoverSheet{};
    }

    Ticket m_openRepair;
};

TEST_P(HandoverTest, HandoverNeedsBothSignaturesAndEveryOpenItemAcknowledged)
{
    // R-SH-2
    HandoverSheet draft = draftWithOpenRepair();
    EXPECT_EQ(ticketLines(draft), QList<qint64>{m_openRepair.id}); // the closed inquiry is not open
    EXPECT_EQ(draft.items.size(), 1 + count(u"handover_equipment"_s));
    EXPECT_EQ(draft.notes, u"3-1-502 业主下午再来"_s);
    EXPECT_TRUE(draft.items.first().text.contains(m_openRepair.number));

    // The arriving person cannot sign before the leaving one.
    auto early = m_shifts->acceptByArriving(draft.id, m_evening.user.login, pw(), answers(draft), m_desk);
    EXPECT_EQ(early.error().code, u"handover.unsigned"_s);
    EXPECT_EQ(m_shifts->signLeaving(m_clerk, draft.id, u"wrong-password"_s).error().code, u"signin.wrong"_s);
    EXPECT_FALSE(m_shifts->sheet(draft.id).value().leavingSignedMs.has_value());
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());

    // Every line must be answered: leaving one out seals nothing.
    QList<HandoverAnswer> partial = answers(draft);
    partial.removeFirst();
    auto missing = m_shifts->acceptByArriving(draft.id, m_evening.user.login, pw(), partial, m_desk);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, u"handover.unacknowledged"_s);
    EXPECT_EQ(m_shifts->sheet(draft.id).value().status, HandoverStatus::Draft);
    EXPECT_FALSE(m_shifts->currentShift(m_evening.user.id).value().has_value());

    setTime(at(14, 55));
    auto sealed = m_shifts->acceptByArriving(draft.id, m_evening.user.login, pw(), answers(draft), m_desk);
    ASSERT_TRUE(sealed.ok()) << sealed.error().message.toStdString();
    const HandoverSheet stored = m_shifts->sheet(draft.id).value();
    EXPECT_EQ(stored.status, HandoverStatus::Sealed);
    EXPECT_EQ(stored.leavingSignedMs, at(14, 50));
    EXPECT_EQ(stored.arrivingSignedMs, at(14, 55));
    EXPECT_EQ(stored.sealedMs, at(14, 55));
    EXPECT_EQ(stored.arrivingUserId, m_evening.user.id);
    for (const HandoverItem& i : stored.items)
        EXPECT_EQ(i.acknowledgedMs, at(14, 55)) << i.text.toStdString();

    // The leaving shift ended at the seal; the arriving person's B shift started there (R-SH-1).
    EXPECT_FALSE(m_shifts->currentShift(m_clerk.user.id).value().has_value());
    const Shift evening = openShiftOf(m_evening);
    EXPECT_EQ(evening.postId, m_desk);
    EXPECT_EQ(evening.code, u'B');
    EXPECT_EQ(evening.startedMs, at(14, 55));
    EXPECT_EQ(evening.fromSheetId, draft.id);

    // A sealed sheet cannot be signed again, and the database refuses to change it.
    EXPECT_FALSE(m_shifts->acceptByArriving(draft.id, m_morning.user.login, pw(), answers(draft), m_desk).ok());
    EXPECT_FALSE(m_db->exec(u"UPDATE handover_sheets SET notes = 'x' WHERE id = ?"_s, {draft.id}).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM handover_items WHERE sheet_id = ?"_s, {draft.id}).ok());

    // Everything audited, and the chain holds.
    auto history = m_audit->history(u"handover_sheet"_s, draft.id);
    ASSERT_TRUE(history.ok());
    QStringList actions;
    for (const auto& e : history.value())
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{u"drafted"_s, u"signed_leaving"_s, u"sealed"_s}));
    expectAuditIntact();
}

TEST_P(HandoverTest, OneCannotHandOverToOneself)
{
    // R-SH-2
    HandoverSheet draft = draftWithOpenRepair();
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());
    auto self = m_shifts->acceptByArriving(draft.id, m_clerk.user.login, pw(), answers(draft), m_desk);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, u"handover.self"_s);
    EXPECT_EQ(m_shifts->sheet(draft.id).value().status, HandoverStatus::Draft);
    EXPECT_EQ(openShiftOf(m_clerk).id, draft.shiftId);
}

TEST_P(HandoverTest, AWrongArrivingPasswordIsRefusedCountedAndNothingIsSealed)
{
    // R-SH-2
    HandoverSheet draft = draftWithOpenRepair();
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());
    const qint64 events = count(u"audit_events"_s);
    auto wrong = m_shifts->acceptByArriving(draft.id, m_evening.user.login, u"not-her-password"_s, answers(draft), m_desk);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, u"signin.wrong"_s);
    EXPECT_EQ(m_accounts->find(m_evening.user.login).value().failedAttempts, 1); // towards her lockout
    const HandoverSheet stored = m_shifts->sheet(draft.id).value();
    EXPECT_EQ(stored.status, HandoverStatus::Draft);
    EXPECT_FALSE(stored.arrivingSignedMs.has_value());
    for (const HandoverItem& i : stored.items)
        EXPECT_FALSE(i.acknowledgedMs.has_value());
    EXPECT_FALSE(m_shifts->currentShift(m_evening.user.id).value().has_value());
    EXPECT_EQ(count(u"audit_events"_s), events);
    // Someone else's password does not sign for her either.
    EXPECT_FALSE(m_shifts->acceptByArriving(draft.id, m_evening.user.login, u"admin-pass-1"_s, answers(draft), m_desk).ok());
}

TEST_P(HandoverTest, ADisputedLineIsRecordedWithTheSeal)
{
    // R-SH-2
    HandoverSheet draft = draftWithOpenRepair();
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());
    auto sealed = m_shifts->acceptByArriving(draft.id, m_evening.user.login, pw(),
                                             answers(draft, {{u"对讲机"_s, u"只交来一台，另一台不在"_s}}), m_desk);
    ASSERT_TRUE(sealed.ok());
    int disputed = 0;
    const HandoverSheet stored = m_shifts->sheet(draft.id).value();
    for (const HandoverItem& i : stored.items) {
        EXPECT_TRUE(i.acknowledgedMs.has_value());
        if (!i.dispute.isEmpty()) {
            ++disputed;
            EXPECT_EQ(i.text, u"对讲机"_s);
            EXPECT_EQ(i.dispute, u"只交来一台，另一台不在"_s);
        }
    }
    EXPECT_EQ(disputed, 1);
    const auto events = m_audit->history(u"handover_sheet"_s, draft.id).value();
    EXPECT_TRUE(events.last().afterJson.contains(u"只交来一台"_s));
}

TEST_P(HandoverTest, TheNightShiftCCrossesMidnight)
{
    // R-SH-1: C is 20:30–07:30; a start at 20:45 or at 03:00 is C, and it ends the next morning.
    const ShiftCalendar& calendar = m_shifts->calendar();
    EXPECT_EQ(calendar.shiftAt(at(14, 45)).code, u'B'); // A is handing over to B
    EXPECT_EQ(calendar.shiftAt(at(7, 35)).code, u'A');
    const ShiftCalendar::Window late = calendar.shiftAt(at(3, 0, 1));
    EXPECT_EQ(late.code, u'C');
    EXPECT_EQ(late.startMs, at(20, 30));
    EXPECT_EQ(late.endMs, at(7, 30, 1));

    setTime(at(20, 45));
    const Shift night = start(m_evening, m_desk);
    EXPECT_EQ(night.code, u'C');
    EXPECT_EQ(calendar.shiftAt(night.startedMs).endMs, at(7, 30, 1));

    setTime(at(2, 10, 1)); // after midnight: still her C shift, and a ticket taken now is the desk's
    const Ticket t = m_tickets->open(m_evening, repairRequest(u"电梯困人"_s)).value();
    setTime(at(7, 35, 1));
    const HandoverSheet sheet = handOver(m_evening, m_morning);
    EXPECT_EQ(ticketLines(sheet), QList<qint64>{t.id});
    EXPECT_EQ(sheet.shiftId, night.id);
    EXPECT_FALSE(m_shifts->currentShift(m_evening.user.id).value().has_value());
    EXPECT_EQ(openShiftOf(m_morning).code, u'A');

    // A site that moves C (rule.shift.c) is read from its rules, never from a literal.
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ShiftC), u"21:00-08:00"_s).ok());
    EXPECT_EQ(calendar.shiftAt(at(20, 45, 2)).code, u'B');
    EXPECT_EQ(calendar.shiftAt(at(21, 5, 2)).code, u'C');
}

TEST_P(HandoverTest, APersonHasOneOpenShiftAndOnlyTheirOwnShiftIsHandedOver)
{
    // R-SH-1
    setTime(at(7, 30));
    const Shift mine = start(m_clerk, m_desk);
    auto second = m_shifts->startShift(m_clerk, m_controlPost);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, u"shift.open"_s);
    EXPECT_EQ(m_shifts->endShift(m_evening, mine.id, {}).error().code, u"perm.denied"_s);
    // A ticket taken at the control room is not the desk's open item.
    start(m_control, m_controlPost);
    NewTicket r = repairRequest(u"地下车库漏水"_s);
    ASSERT_TRUE(m_tickets->open(m_control, r).ok());
    const Ticket desk = openTicket(repairRequest());
    auto sheet = m_shifts->endShift(m_clerk, mine.id, {});
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(ticketLines(sheet.value()), QList<qint64>{desk.id});
    EXPECT_EQ(m_shifts->endShift(m_clerk, mine.id, {}).error().code, u"handover.exists"_s);
}

TEST_P(HandoverTest, SomeoneOnAShiftAtAnotherDeskCannotTakeThisOneOver)
{
    // R-SH-2: only the control room covers another post (at night, R-SH-3).
    HandoverSheet draft = draftWithOpenRepair();
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());
    auto east = m_db->insert(u"INSERT INTO posts (code, name) VALUES ('east', '东门岗') RETURNING id"_s);
    ASSERT_TRUE(east.ok());
    const Shift busy = start(m_morning, east.value());
    auto refused = m_shifts->acceptByArriving(draft.id, m_morning.user.login, pw(), answers(draft), m_desk);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"shift.open"_s);
    EXPECT_EQ(m_shifts->sheet(draft.id).value().status, HandoverStatus::Draft);
    EXPECT_EQ(openShiftOf(m_clerk).id, draft.shiftId);
    EXPECT_EQ(openShiftOf(m_morning).id, busy.id);
}

TEST_P(HandoverTest, ThePreviewShowsWhatEndShiftWillDraftAndWritesNothing)
{
    // R-SH-2: the leaving person reads the lines before signing; reading them drafts nothing.
    setTime(at(7, 30));
    const Shift mine = start(m_clerk, m_desk);
    setTime(at(9, 0));
    const Ticket open = openTicket(repairRequest());
    setTime(at(14, 50));
    const qint64 sheets = count(u"handover_sheets"_s);
    auto preview = m_shifts->previewLines(m_clerk, mine.id);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(count(u"handover_sheets"_s), sheets);
    EXPECT_EQ(m_shifts->previewLines(m_evening, mine.id).error().code, u"perm.denied"_s);
    auto draft = m_shifts->endShift(m_clerk, mine.id, {});
    ASSERT_TRUE(draft.ok());
    QStringList previewed;
    QStringList drafted;
    for (const HandoverItem& i : preview.value())
        previewed << i.text;
    for (const HandoverItem& i : draft.value().items)
        drafted << i.text;
    EXPECT_EQ(previewed, drafted);
    EXPECT_TRUE(previewed.first().contains(open.number));
    EXPECT_EQ(m_shifts->sheetOfShift(mine.id).value()->id, draft.value().id);
    EXPECT_FALSE(m_shifts->sheetOfShift(start(m_control, m_controlPost).id).value().has_value());
}

TEST_P(HandoverTest, ASignedDraftWaitsForTheArrivingPersonUntilSealed)
{
    // R-SH-2: the leaving person signs and goes; the next one signs later, the sheet waits meanwhile.
    HandoverSheet draft = draftWithOpenRepair();
    EXPECT_TRUE(m_shifts->awaitingArrival(m_desk).value().isEmpty()); // not signed yet
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.id, pw()).ok());
    const QList<HandoverSheet> waiting = m_shifts->awaitingArrival(m_desk).value();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().id, draft.id);
    EXPECT_EQ(waiting.first().items.size(), draft.items.size());
    EXPECT_TRUE(m_shifts->awaitingArrival(m_controlPost).value().isEmpty());
    ASSERT_TRUE(m_shifts->acceptByArriving(draft.id, m_evening.user.login, pw(), answers(draft), m_desk).ok());
    EXPECT_TRUE(m_shifts->awaitingArrival(m_desk).value().isEmpty());
}

TEST_P(HandoverTest, APostListsItsSheetsNewestFirstPageByPage)
{
    // R-SH-1, R-SH-2: A → B → C → A at the desk, and one sheet of the control room that is not listed.
    setTime(at(7, 30));
    start(m_clerk, m_desk);
    start(m_control, m_controlPost);
    setTime(at(14, 50));
    const HandoverSheet first = handOver(m_clerk, m_evening, {{u"对讲机"_s, u"少一台"_s}});
    setTime(at(20, 40));
    const HandoverSheet second = handOver(m_evening, m_morning);
    setTime(at(21, 0));
    handOver(m_control, m_control2);
    setTime(at(7, 35, 1));
    const HandoverSheet third = handOver(m_morning, m_clerk);
    auto draft = m_shifts->endShift(m_clerk, openShiftOf(m_clerk).id, {});
    ASSERT_TRUE(draft.ok());

    auto page = m_shifts->sheetsOfPost(m_desk, 3, 0);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    QList<qint64> ids;
    for (const HandoverSummary& row : page.value())
        ids << row.sheet.id;
    EXPECT_EQ(ids, (QList<qint64>{draft.value().id, third.id, second.id}));
    EXPECT_EQ(page.value().at(0).sheet.status, HandoverStatus::Draft);
    EXPECT_EQ(page.value().at(0).shiftCode, u'A');
    EXPECT_EQ(page.value().at(1).shiftCode, u'C');
    EXPECT_EQ(page.value().at(1).sheet.arrivingUserId, m_clerk.user.id);
    EXPECT_EQ(page.value().at(2).shiftCode, u'B');
    EXPECT_TRUE(page.value().at(0).sheet.items.isEmpty()); // a list row, not the lines

    auto rest = m_shifts->sheetsOfPost(m_desk, 3, 3);
    ASSERT_TRUE(rest.ok());
    ASSERT_EQ(rest.value().size(), 1);
    const HandoverSummary& oldest = rest.value().first();
    EXPECT_EQ(oldest.sheet.id, first.id);
    EXPECT_EQ(oldest.shiftCode, u'A');
    EXPECT_EQ(oldest.sheet.status, HandoverStatus::Sealed);
    EXPECT_EQ(oldest.itemCount, first.items.size());
    EXPECT_EQ(oldest.disputeCount, 1);
    EXPECT_EQ(m_shifts->sheetsOfPost(m_controlPost, 10, 0).value().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, HandoverTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
