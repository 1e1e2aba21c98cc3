#include "GuiTestSupport.h"

#include "gui/NavigationBadgeDelegate.h"
#include "gui/NavigationPanel.h"
#include "gui/PageCatalog.h"

#include <QImage>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

int pixelsOf(const QImage& image, const QRect& area, const QColor& colour)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    return n;
}

TEST(NavigationBadgeTest, ShowsTheCountRedWhenUrgentAndClearsAtZero)
{
    // R-IN-3: overdue work shows in red beside the page's title wherever the clerk is.
    NavigationPanel nav;
    for (const PageInfo& info : PageCatalog::all())
        nav.addPage(info);
    nav.resize(200, 500);
    nav.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&nav));
    const PageInfo repairs = PageCatalog::info(PageId::Repairs);
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < nav.list()->count(); ++row)
        if (nav.list()->item(row)->text() == repairs.title)
            item = nav.list()->item(row);
    ASSERT_NE(item, nullptr);
    const auto area = [&] {
        const qreal dpr = nav.list()->viewport()->devicePixelRatioF();
        const QRect r = nav.list()->visualItemRect(item);
        return QRect((r.topLeft() * dpr), r.size() * dpr).adjusted(0, 0, -1, -1);
    };
    const auto shot = [&] { return nav.list()->viewport()->grab().toImage(); };

    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    nav.setBadge(PageId::Repairs, 5, true);
    EXPECT_EQ(nav.badgeText(PageId::Repairs), u"5"_s);
    EXPECT_TRUE(nav.isBadgeUrgent(PageId::Repairs));
    EXPECT_EQ(item->text(), repairs.title) << "the title stays the title";
    EXPECT_GT(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 30);

    nav.setBadge(PageId::Repairs, 3, false);
    EXPECT_EQ(nav.badgeText(PageId::Repairs), u"3"_s);
    EXPECT_FALSE(nav.isBadgeUrgent(PageId::Repairs));
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    EXPECT_GT(pixelsOf(shot(), area(), NavigationBadgeDelegate::calmColor()), 30);

    nav.setBadge(PageId::Repairs, 0, true);
    EXPECT_TRUE(nav.badgeText(PageId::Repairs).isEmpty());
    EXPECT_FALSE(nav.isBadgeUrgent(PageId::Repairs));
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::calmColor()), 0);

    nav.setBadge(PageId::Repairs, 250, true);
    EXPECT_EQ(nav.badgeText(PageId::Repairs), u"99+"_s);
}

} // namespace
} // namespace fd::test
