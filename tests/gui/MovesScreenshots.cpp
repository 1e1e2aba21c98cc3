// The move-ins and move-outs page inside the window, in Chinese, for docs/screenshots: 张三's move-in at
// the house inspection with a defect found, on a morning at 翠湖花园.
#include "NightShiftSetup.h"

#include "app/StandardPages.h"
#include "gui/MainWindow.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MovesPage.h"
#include "support/Screenshots.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

TEST(MovesScreenshots, AMoveInAtTheInspection)
{
    TestHost host;
    NightShiftSetup night(host);
    night.setTime(9, 10);
    MoveService& moves = host.services().moves;
    NewMove m;
    m.unitId = night.unit502;
    m.residentId = host.db().scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {m.unitId}).value().toLongLong();
    m.plannedDay = night.at(0, 0, 5).date();
    auto move = moves.open(night.day, m);
    ASSERT_TRUE(move.ok()) << move.error().message.toStdString();
    ASSERT_TRUE(moves.complete(night.day, move.value().id, u"notice"_s, {}).ok());
    ASSERT_TRUE(moves.skip(night.day, move.value().id, u"documents"_s, u"资料已在售楼处核验"_s).ok());
    ASSERT_TRUE(moves.complete(night.day, move.value().id, u"service_agreement"_s, {}).ok());
    DefectFound d;
    d.room = u"主卧"_s;
    d.item = u"窗户"_s;
    d.description = u"玻璃有裂纹"_s;
    ASSERT_TRUE(moves.recordDefect(night.day, move.value().id, d).ok());

    MainWindow window(host.services(), standardPages(), night.day, u"/var/lib/frontdesk/frontdesk.sqlite"_s);
    window.resize(1280, 860);
    window.show();
    window.showPage(u"moves"_s);
    auto* page = window.findChild<MovesPage*>();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->showMove(move.value().id));
    EXPECT_FALSE(Screenshots::save(&window, u"moves"_s).isEmpty());
}

} // namespace
} // namespace fd::test
