#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "gui/NavigationBadgeDelegate.h"
#include "gui/NavigationPanel.h"

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
    const PageRegistry pages = standardPages();
    for (const PageEntry& entry : pages.all())
        nav.addPage(entry);
    nav.resize(200, 500);
    nav.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&nav));
    const QString repairs = pages.find(u"repairs"_s)->title();
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < nav.list()->count(); ++row)
        if (nav.list()->item(row)->text() == repairs)
            item = nav.list()->item(row);
    ASSERT_NE(item, nullptr);
    const auto area = [&] {
        const qreal dpr = nav.list()->viewport()->devicePixelRatioF();
        const QRect r = nav.list()->visualItemRect(item);
        return QRect((r.topLeft() * dpr), r.size() * dpr).adjusted(0, 0, -1, -1);
    };
    const auto shot = [&] { return nav.list()->viewport()->grab().toImage(); };

    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    nav.setBadge(u"repairs"_s, 5, true);
    EXPECT_EQ(nav.badgeText(u"repairs"_s), u"5"_s);
    EXPECT_TRUE(nav.isBadgeUrgent(u"repairs"_s));
    EXPECT_EQ(item->text(), repairs) << "the title stays the title";
    EXPECT_GT(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 30);

    nav.setBadge(u"repairs"_s, 3, false);
    EXPECT_EQ(nav.badgeText(u"repairs"_s), u"3"_s);
    EXPECT_FALSE(nav.isBadgeUrgent(u"repairs"_s));
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    EXPECT_GT(pixelsOf(shot(), area(), NavigationBadgeDelegate::calmColor()), 30);

    nav.setBadge(u"repairs"_s, 0, true);
    EXPECT_TRUE(nav.badgeText(u"repairs"_s).isEmpty());
    EXPECT_FALSE(nav.isBadgeUrgent(u"repairs"_s));
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::urgentColor()), 0);
    EXPECT_EQ(pixelsOf(shot(), area(), NavigationBadgeDelegate::calmColor()), 0);

    nav.setBadge(u"repairs"_s, 250, true);
    EXPECT_EQ(nav.badgeText(u"repairs"_s), u"99+"_s);
}

} // namespace
} // namespace fd::test
