#include "VisitFixture.h"

#include "engine/AccountService.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/callbacks/VisitListModel.h"
#include "modules/callbacks/VisitsWidget.h"
#include "modules/registry/UnitPickerWidget.h"
#include "support/Screenshots.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class VisitsWidgetTest : public VisitFixture
{
protected:
    void show(QWidget& page)
    {
        page.resize(1000, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }
    static void alt(QWidget* page, char key) { QTest::keyClick(page, key, Qt::AltModifier); }

    // Types the unit as the clerk does and takes the only match with Enter.
    static void pickUnit(VisitsWidget& panel, const QString& code)
    {
        QLineEdit* edit = panel.unitPicker()->edit();
        edit->setFocus();
        type(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    Session person(const QString& login, const QString& name)
    {
        auto made = host.services().accounts.createUser(host.admin(), login, name, Role::Clerk,
                                                        QString::fromLatin1(TestHost::UserPassword));
        EXPECT_TRUE(made.ok());
        return host.signedIn(Role::Clerk, login);
    }
};

TEST_P(VisitsWidgetTest, TheClerkRecordsAVisitByKeyboardAndTheirBarMoves)
{
    // R-CB-5: a visit recorded on the form counts at once towards the clerk's own quota.
    VisitsWidget panel(*visits, host.services().registry, host.services().clock);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    panel.setSession(clerk);
    show(panel);
    QProgressBar* own = panel.progressBar(clerk.user.id);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->value(), 0);
    EXPECT_EQ(own->maximum(), 20);
    EXPECT_FALSE(own->property("met").toBool());

    // No unit, no topic: refused next to the unit, nothing written.
    alt(&panel, 'r');
    EXPECT_TRUE(QTest::qWaitFor([&] { return !labelText(&panel, "visitUnitError").isEmpty(); }, 2000));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customer_visits"_s), 0);

    pickUnit(panel, u"3-1-502"_s);
    ASSERT_EQ(panel.unitPicker()->unitId(), unitId(u"3-1-502"_s));
    EXPECT_EQ(child<QLineEdit>(&panel, "visitPerson")->text(), u"张三"_s); // the resident, filled in
    panel.unitPicker()->clear();
    pickUnit(panel, u"3-1-601"_s); // another unit: its resident replaces the one filled in
    EXPECT_EQ(child<QLineEdit>(&panel, "visitPerson")->text(), u"钱七"_s);
    alt(&panel, 'r');
    EXPECT_TRUE(QTest::qWaitFor([&] { return !labelText(&panel, "visitTopicError").isEmpty(); }, 2000));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customer_visits"_s), 0);

    alt(&panel, 't');
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return QApplication::focusWidget() == child<QLineEdit>(&panel, "visitTopic"); }, 2000));
    type(QApplication::focusWidget(), u"冬季供暖温度"_s);
    alt(&panel, 'o');
    type(QApplication::focusWidget(), u"希望提前试水"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM customer_visits"_s), 1);
    own = panel.progressBar(clerk.user.id);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->value(), 1);
    EXPECT_EQ(own->text(), VisitsWidget::tr("%1 of %2").arg(1).arg(20));
    EXPECT_EQ(panel.progressBar(0)->value(), 0);
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.model()->index(0, VisitListModel::Unit).data().toString(), u"3-1-601"_s);
    EXPECT_EQ(panel.model()->index(0, VisitListModel::Person).data().toString(), u"钱七"_s);
    EXPECT_EQ(panel.model()->index(0, VisitListModel::Opinion).data().toString(), u"希望提前试水"_s);
    EXPECT_TRUE(child<QLineEdit>(&panel, "visitTopic")->text().isEmpty()); // ready for the next one
}

TEST_P(VisitsWidgetTest, ADepartmentVisitMovesTheDepartmentsBarAndAMetQuotaTurnsGreen)
{
    // R-CB-5: a joint visit counts for the department, not the clerk; the bar shows when it is met.
    ASSERT_TRUE(
        host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::VisitsDepartmentMonthly), u"1"_s).ok());
    VisitsWidget panel(*visits, host.services().registry, host.services().clock);
    panel.setSession(clerk);
    show(panel);
    const QColor amber = panel.progressBar(0)->palette().color(QPalette::Highlight);
    EXPECT_FALSE(panel.progressBar(0)->property("met").toBool());

    pickUnit(panel, u"5-2-101"_s);
    type(child<QLineEdit>(&panel, "visitTopic"), u"商铺门前停车秩序"_s);
    auto* way = child<QComboBox>(&panel, "visitWay");
    way->setCurrentIndex(way->findData(static_cast<int>(VisitWay::Meeting)));
    child<QCheckBox>(&panel, "visitForDepartment")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&panel, "recordVisit"), Qt::LeftButton);

    EXPECT_EQ(panel.progressBar(0)->value(), 1);
    EXPECT_TRUE(panel.progressBar(0)->property("met").toBool());
    EXPECT_NE(panel.progressBar(0)->palette().color(QPalette::Highlight), amber);
    EXPECT_EQ(panel.progressBar(clerk.user.id)->value(), 0);
    EXPECT_EQ(visits->recent(1).value().value(0).way, VisitWay::Meeting);
}

TEST_P(VisitsWidgetTest, ScreenshotOfTheVisitsTabWithAMonthOfVisits)
{
    // R-CB-5: the clerk's own bar first, then the department's, then the others.
    const Session wang = person(u"wang.fang"_s, u"王芳"_s);
    const Session zhao = person(u"zhao.lei"_s, u"赵磊"_s);
    person(u"chen.jing"_s, u"陈静"_s);
    const QStringList units = {u"3-1-502"_s, u"3-1-501"_s, u"3-1-601"_s, u"3-1-602"_s, u"3-1-701"_s, u"5-2-101"_s};
    const QStringList people = {u"张三"_s, u"李四"_s, u"钱七"_s, u"孙八"_s, u"周九"_s, u"吴十"_s};
    const QStringList topics = {u"冬季供暖温度是否达标"_s, u"小区停车位收费调整"_s, u"电梯维保时间安排"_s,
                                u"楼道堆放杂物清理"_s,     u"物业服务满意度调查"_s, u"垃圾分类投放点设置"_s};
    const QStringList opinions = {u"希望暖气提前试水"_s, QString(), u"建议增加夜间保安巡逻"_s, QString(),
                                  u"对前台服务很满意"_s};
    const auto make = [&](const Session& who, int n, int offset, bool department) {
        for (int i = 0; i < n; ++i) {
            const int k = i + offset;
            VisitInput v = visit(units.at(k % 6), topics.at(k % 6), at(2026, 11, 1 + k % 22, 9 + k % 8), department);
            v.personName = people.at(k % 6);
            v.way = VisitService::ways().at(k % 4);
            v.opinion = opinions.at(k % 5);
            ASSERT_TRUE(visits->record(who, v).ok());
        }
    };
    const Session me = person(u"liu.na"_s, u"刘娜"_s);
    make(me, 12, 0, false);
    make(wang, 21, 3, false);
    make(zhao, 5, 7, false);
    make(me, 4, 2, true);
    CallbacksPage page(pageUses(visits.get()));
    ASSERT_NE(page.visitsWidget(), nullptr);
    page.setSession(me);
    child<QTabWidget>(&page, "callbackTabs")->setCurrentWidget(page.visitsWidget());
    show(page);
    pickUnit(*page.visitsWidget(), u"3-1-601"_s);
    type(child<QLineEdit>(&page, "visitTopic"), u"地下车库照明不足"_s);
    EXPECT_EQ(page.visitsWidget()->model()->rowCount(), 42);
    EXPECT_TRUE(page.visitsWidget()->progressBar(wang.user.id)->property("met").toBool());
    EXPECT_EQ(page.visitsWidget()->progressBar(me.user.id)->value(), 12);
    EXPECT_EQ(page.visitsWidget()->progressBar(0)->value(), 4);
    const QString png = Screenshots::save(&page, u"callbacks-visits-en"_s);
    EXPECT_FALSE(png.isEmpty());
}

} // namespace

TEST_P(VisitsWidgetTest, TheRecordedLineGoesWhenTheNextVisitIsTyped)
{
    // R-CB-5: "Visit to … recorded" is about the last visit; typing the next one takes it away.
    VisitsWidget panel(*visits, host.services().registry, host.services().clock);
    panel.setSession(clerk);
    show(panel);
    pickUnit(panel, u"3-1-601"_s);
    type(child<QLineEdit>(&panel, "visitTopic"), u"冬季供暖温度"_s);
    QTest::mouseClick(child<QPushButton>(&panel, "recordVisit"), Qt::LeftButton);
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM customer_visits"_s), 1);
    ASSERT_TRUE(labelText(&panel, "visitDone").contains(u"3-1-601"_s));

    type(child<QLineEdit>(&panel, "visitTopic"), u"门"_s);
    EXPECT_TRUE(labelText(&panel, "visitDone").isEmpty()) << labelText(&panel, "visitDone").toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitsWidgetTest, ::testing::Values(QStringLiteral("sqlite")), BackendName());

} // namespace fd::test
