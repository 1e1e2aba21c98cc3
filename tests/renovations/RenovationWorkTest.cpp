// R-RN-1 while the work goes on: the roster and the passes, the door, the inspections and their
// problems, the extensions of the end, and the reminders of each.
#include "RenovationFixture.h"

#include "core/DateTimeText.h"
#include "engine/reminders/ReminderService.h"
#include "engine/tickets/SiteRules.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class RenovationWorkTest : public RenovationFixture
{
protected:
    RenovationWorker addWorker(qint64 renovationId, const QString& name = u"张师傅"_s)
    {
        NewWorker w;
        w.name = name;
        w.idNumber = u"110105198001011234"_s;
        w.phone = u"13700001234"_s;
        w.trade = u"水电工"_s;
        auto added = renovations().addWorker(clerk, renovationId, w);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().message.toStdString());
        return added.ok() ? added.value() : RenovationWorker{};
    }

    bool reminded(const Session& who, const QString& source, qint64 refId)
    {
        ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
        EXPECT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
        bool found = false;
        for (const Reminder& each : reminders.active(host.clock().nowMs(), who).value())
            found = found || (each.source == source && each.refId == refId);
        return found;
    }
};

// R-RN-1: the roster keeps a worker's ID only masked; a pass is numbered and never valid past the
// renovation's end.
TEST_P(RenovationWorkTest, APassIsNeverValidPastTheRenovationsEnd)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const RenovationWorker w = addWorker(r.id);
    EXPECT_EQ(w.idMasked, u"110***********1234"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM renovation_workers WHERE id_masked LIKE '%19800101%'"_s), 0);

    const qint64 before = written();
    auto late = renovations().issuePass(clerk, w.id, QDate(2026, 12, 10), QDate(2027, 3, 1));
    ASSERT_FALSE(late.ok()) << "the work ends 28 February";
    EXPECT_EQ(late.error().field, u"until"_s);
    EXPECT_EQ(written(), before);

    auto pass = renovations().issuePass(clerk, w.id, QDate(2026, 12, 10), QDate(2027, 2, 28));
    ASSERT_TRUE(pass.ok()) << pass.error().message.toStdString();
    EXPECT_TRUE(pass.value().number.startsWith(u"CR-20261205-"_s));

    // Extended to 31 March by a supervisor, a new pass may run to then.
    auto extended = renovations().extend(supervisor, r.id, QDate(2027, 3, 31), u"业主出国，延期施工"_s);
    ASSERT_TRUE(extended.ok()) << extended.error().message.toStdString();
    ASSERT_EQ(extended.value().extensions.size(), 1);
    EXPECT_EQ(extended.value().extensions.first().approvedBy, supervisor.user.displayName);
    EXPECT_EQ(extended.value().extensions.first().fromDay, QDate(2027, 2, 28));
    EXPECT_TRUE(renovations().issuePass(clerk, w.id, QDate(2027, 3, 1), QDate(2027, 3, 31)).ok());
    EXPECT_FALSE(renovations().extend(clerk, r.id, QDate(2027, 4, 30), u"再延期"_s).ok())
        << "an extension is approved by a supervisor or manager";
}

// R-RN-1: at the door a pass is checked: a removed worker's, one run out, one of a renovation ended are
// refused with the reason; a valid one lets the worker in, flagged outside the site's working hours.
TEST_P(RenovationWorkTest, TheDeskRefusesAPassThatNoLongerHolds)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const RenovationWorker zhang = addWorker(r.id);
    const RenovationWorker li = addWorker(r.id, u"李师傅"_s);
    const WorkerPass a = renovations().issuePass(clerk, zhang.id, QDate(2026, 12, 10), QDate(2026, 12, 31)).value();
    const WorkerPass b = renovations().issuePass(clerk, li.id, QDate(2026, 12, 10), QDate(2027, 1, 31)).value();

    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(8, 30)));
    auto in = renovations().checkIn(clerk, a.number.toLower());
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in.value().valid) << in.value().reason.toStdString();
    EXPECT_FALSE(in.value().outsideHours);
    EXPECT_EQ(in.value().unitCode, u"3-1-502"_s);

    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(19, 30)));
    auto evening = renovations().checkIn(clerk, b.number);
    ASSERT_TRUE(evening.ok());
    EXPECT_TRUE(evening.value().valid);
    EXPECT_TRUE(evening.value().outsideHours) << "work is allowed 08:00–18:00";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM renovation_entries WHERE outside_hours"_s), 1);

    ASSERT_TRUE(renovations().removeWorker(clerk, li.id, u"公司调离"_s).ok());
    const qint64 before = written();
    auto removed = renovations().checkIn(clerk, b.number);
    ASSERT_TRUE(removed.ok());
    EXPECT_FALSE(removed.value().valid);
    EXPECT_FALSE(removed.value().reason.isEmpty());
    EXPECT_EQ(written(), before) << "a refused pass lets nobody in";
    EXPECT_FALSE(renovations().issuePass(clerk, li.id, QDate(2026, 12, 12), QDate(2026, 12, 31)).ok())
        << "no pass for a worker off the roster";

    host.clock().set(QDateTime(QDate(2027, 1, 2), QTime(9, 0)));
    auto runOut = renovations().checkIn(clerk, a.number);
    ASSERT_TRUE(runOut.ok());
    EXPECT_FALSE(runOut.value().valid) << "valid until 31 December";

    auto unknown = renovations().checkIn(clerk, u"CR-20990101-001"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, u"pass"_s);
}

// R-RN-1 at two desks (issue 16): a pass voided or a worker taken off the roster at one desk is not
// done again at the other; the refusal names who did it and when, even when the gate let another
// worker of the renovation in since (the renovation's last event is then that check-in).
TEST_P(RenovationWorkTest, APassVoidedOrAWorkerRemovedAtAnotherDeskIsSaidWithWhoAndWhen)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const RenovationWorker zhang = addWorker(r.id);
    const RenovationWorker li = addWorker(r.id, u"李师傅"_s);
    const WorkerPass a = renovations().issuePass(clerk, zhang.id, QDate(2026, 12, 10), QDate(2026, 12, 31)).value();
    const WorkerPass b = renovations().issuePass(clerk, li.id, QDate(2026, 12, 10), QDate(2026, 12, 31)).value();
    const Session other = host.signedIn(Role::Clerk, u"zhao.min"_s);
    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(8, 30)));
    ASSERT_TRUE(renovations().voidPass(other, a.id, u"证件遗失"_s).ok());
    ASSERT_TRUE(renovations().removeWorker(other, zhang.id, u"公司调离"_s).ok());
    const qint64 doneAt = host.clock().nowMs();
    host.clock().advanceMinutes(5);
    ASSERT_TRUE(renovations().checkIn(clerk, b.number).value().valid); // the gate, at this desk
    const qint64 before = written();

    auto voided = renovations().voidPass(clerk, a.id, u"证件遗失"_s);
    ASSERT_FALSE(voided.ok());
    EXPECT_TRUE(voided.error().message.contains(u"zhao.min"_s)) << voided.error().message.toStdString();
    EXPECT_TRUE(voided.error().message.contains(DateTimeText::dateTime(doneAt)))
        << voided.error().message.toStdString();
    auto removed = renovations().removeWorker(clerk, zhang.id, u"公司调离"_s);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().message.contains(u"zhao.min"_s)) << removed.error().message.toStdString();
    EXPECT_EQ(written(), before) << "nothing written twice";
}

// R-RN-1: an inspection's problem is told to the owner and has a day to be put right by; the desk is
// reminded on that day until it is, and acceptance waits for it.
TEST_P(RenovationWorkTest, AProblemFoundIsToldAndChasedUntilPutRight)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    InspectionFound found;
    found.day = QDate(2026, 12, 5);
    found.department = InspectionDepartment::Security;
    found.inspector = u"保安 李明"_s;
    found.findings = u"楼道堆放装修垃圾"_s;
    found.problem = true;
    const qint64 before = written();
    auto untold = renovations().recordInspection(clerk, r.id, found);
    ASSERT_FALSE(untold.ok());
    EXPECT_EQ(untold.error().field, u"told"_s);
    found.toldHow = u"电话告知业主王伟"_s;
    auto undated = renovations().recordInspection(clerk, r.id, found);
    ASSERT_FALSE(undated.ok());
    EXPECT_EQ(undated.error().field, u"fix_by"_s);
    EXPECT_EQ(written(), before);
    found.fixBy = QDate(2026, 12, 7);
    auto problem = renovations().recordInspection(clerk, r.id, found);
    ASSERT_TRUE(problem.ok()) << problem.error().message.toStdString();

    auto blocked = renovations().requestAcceptance(clerk, r.id, {});
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().field, u"problems"_s);

    const QString source = QString::fromLatin1(RenovationService::ProblemWatch);
    host.clock().set(QDateTime(QDate(2026, 12, 6), QTime(9, 0)));
    EXPECT_FALSE(reminded(clerk, source, problem.value().id));
    host.clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    EXPECT_TRUE(reminded(clerk, source, problem.value().id));
    ASSERT_TRUE(renovations().problemFixed(clerk, problem.value().id, u"已清运，保安复查"_s).ok());
    EXPECT_FALSE(reminded(clerk, source, problem.value().id));
    EXPECT_TRUE(renovations().requestAcceptance(clerk, r.id, {}).ok());
}

// R-RN-1: the desk is reminded on the planned end day; an extension moves the reminder to the new end.
TEST_P(RenovationWorkTest, TheDeskIsRemindedAtThePlannedEnd)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const QString source = QString::fromLatin1(RenovationService::EndWatch);
    host.clock().set(QDateTime(QDate(2027, 2, 27), QTime(9, 0)));
    EXPECT_FALSE(reminded(clerk, source, r.id));
    ASSERT_TRUE(renovations().extend(supervisor, r.id, QDate(2027, 3, 15), u"材料延迟到货"_s).ok());
    host.clock().set(QDateTime(QDate(2027, 2, 28), QTime(9, 0)));
    EXPECT_FALSE(reminded(clerk, source, r.id)) << "the end moved to 15 March";
    host.clock().set(QDateTime(QDate(2027, 3, 15), QTime(9, 0)));
    EXPECT_TRUE(reminded(clerk, source, r.id));
}

// The search finds a worker's pass by its number and by the worker's name.
TEST_P(RenovationWorkTest, TheSearchFindsAWorkersPass)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const RenovationWorker w = addWorker(r.id, u"欧阳建国"_s);
    const WorkerPass p = renovations().issuePass(clerk, w.id, QDate(2026, 12, 10), QDate(2026, 12, 31)).value();
    for (const QString& query : {p.number, u"欧阳建国"_s}) {
        auto hits = host.services().search.find(clerk, query);
        ASSERT_TRUE(hits.ok());
        bool found = false;
        for (const auto& hit : hits.value())
            found = found || (hit.kind == QString::fromLatin1(RenovationService::PassSearchKind) && hit.refId == p.id);
        EXPECT_TRUE(found) << query.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, RenovationWorkTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
