// A move with the rest of the desk (issue 14 "with the rest of the product"): open moves are on the
// desk's handover sheet, the search finds them by number, unit and name, and the weekly report counts
// the move-ins and move-outs opened and ended (R-MI-1, R-MO-1).
#include "MoveFixture.h"

#include "engine/search/SearchService.h"
#include "engine/shifts/Shift.h"
#include "engine/watches/WatchService.h"
#include "modules/moves/MoveHandoverProvider.h"
#include "modules/reports/ReportService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class MoveLinksTest : public MoveFixture
{
protected:
    Move open(MoveKind kind, const QString& unit)
    {
        NewMove m;
        m.kind = kind;
        m.unitId = unitId(unit);
        m.residentId = scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {m.unitId});
        m.plannedDay = QDate(2026, 12, 20);
        auto opened = host.services().moves.open(clerk, m);
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message.toStdString());
        return opened.ok() ? opened.value() : Move{};
    }
};

// R-MI-1, R-MO-1: the desk hands over what is still open; the control room's sheet has no moves.
TEST_P(MoveLinksTest, OpenMovesGoOnTheDesksHandoverSheet)
{
    const Move in = open(MoveKind::In, u"3-1-502"_s);
    const Move out = open(MoveKind::Out, u"3-1-601"_s);
    ASSERT_TRUE(host.services().moves.cancel(clerk, out.id, u"租户续租"_s).ok());
    MoveHandoverProvider provider(host.db());
    Post desk;
    auto lines = provider.openItems(desk, host.clock().nowMs());
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines.value().size(), 1) << "the cancelled move-out is not handed over";
    EXPECT_EQ(lines.value().first().refId, in.id);
    EXPECT_TRUE(lines.value().first().text.contains(in.number));
    EXPECT_TRUE(lines.value().first().text.contains(u"3-1-502"_s));
    EXPECT_TRUE(lines.value().first().text.contains(MoveSteps::displayName(u"notice"_s)));
    Post control;
    control.isControlRoom = true;
    EXPECT_TRUE(provider.openItems(control, host.clock().nowMs()).value().isEmpty());
}

// The global search finds a move by its number, its unit and the resident's name.
TEST_P(MoveLinksTest, TheSearchFindsAMoveByNumberUnitOrName)
{
    const Move in = open(MoveKind::In, u"3-1-502"_s);
    for (const QString& text : {in.number, u"3-1-502"_s, u"王伟"_s}) {
        auto hits = host.services().search.find(clerk, text);
        ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
        bool found = false;
        for (const SearchHit& h : hits.value())
            found = found || (h.kind == u"move"_s && h.refId == in.id && h.title == in.number);
        EXPECT_TRUE(found) << text.toStdString();
    }
    // The search's list names the kind of record, not its key.
    EXPECT_EQ(WatchService::sourceName(u"move"_s), u"Move-ins and move-outs"_s);
}

// The weekly report counts move-ins and move-outs opened and ended in the week, apart.
TEST_P(MoveLinksTest, TheWeeklyReportCountsMoveInsAndMoveOuts)
{
    open(MoveKind::In, u"3-1-502"_s);
    const Move out = open(MoveKind::Out, u"3-1-601"_s);
    ASSERT_TRUE(host.services().moves.cancel(clerk, out.id, u"租户续租"_s).ok());
    auto week = host.services().reports.week(host.signedIn(Role::Supervisor, u"zhou.zg"_s), QDate(2026, 11, 30));
    ASSERT_TRUE(week.ok()) << week.error().message.toStdString();
    QHash<QString, std::pair<qint64, qint64>> counted;
    for (const auto& l : week.value().logs)
        counted.insert(l.source, {l.opened, l.closed});
    EXPECT_EQ(counted.value(u"move_in"_s), std::make_pair(qint64(1), qint64(0)));
    EXPECT_EQ(counted.value(u"move_out"_s), std::make_pair(qint64(1), qint64(1)));
}

INSTANTIATE_TEST_SUITE_P(Backends, MoveLinksTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
