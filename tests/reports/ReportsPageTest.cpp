#include "../gui/GuiTestSupport.h"
#include "ReportFixture.h"

#include "desk/Services.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "modules/reports/ReportChartsWidget.h"
#include "modules/reports/ReportsPage.h"
#include "support/PdfText.h"
#include "support/Screenshots.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReportsPageTest : public ReportFixture
{
protected:
    ReportsPage page{reports, host.services().site, host.services().clock};

    QTableWidget* table(const char* id)
    {
        return page.findChild<QTableWidget*>(u"reportTable_"_s + QString::fromLatin1(id));
    }

    // The row of `label` in a two-column count table, as shown.
    QString shownCount(const char* id, const QString& label)
    {
        QTableWidget* t = table(id);
        if (!t)
            return u"(no table)"_s;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == label)
                return t->item(r, 1)->text();
        return u"(no row)"_s;
    }
};

// A clerk opening the page sees why there is no report (Permission::ReviewShifts) and cannot export.
TEST_P(ReportsPageTest, ClerkSeesWhyThereIsNoReport)
{
    page.setSession(clerk);
    EXPECT_FALSE(page.figures().has_value());
    EXPECT_FALSE(labelText(&page, "reportError").isEmpty());
    EXPECT_EQ(table("kinds"), nullptr);
    EXPECT_FALSE(child<QPushButton>(&page, "reportExportXlsx")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&page, "reportPrint")->isEnabled());
}

// R-IN-6: the page opens on this week by the clock; the daily toggle shows the chosen day only.
TEST_P(ReportsPageTest, ShowsThisWeekAndTheDailyVersion)
{
    setTime(-1, 10, 0); // Sunday
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    setTime(0, 9, 0); // Monday
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    open(TicketKind::Complaint);

    ReportsPage fresh{reports, host.services().site, host.services().clock};
    fresh.setSession(supervisor);
    EXPECT_EQ(child<QDateEdit>(&fresh, "reportDate")->date(), monday());
    ASSERT_TRUE(fresh.figures().has_value());
    EXPECT_EQ(fresh.figures()->firstDay, QDate(2026, 11, 21));
    EXPECT_EQ(fresh.figures()->total, 3);
    auto* kinds = fresh.findChild<QTableWidget*>(u"reportTable_kinds"_s);
    ASSERT_NE(kinds, nullptr);
    EXPECT_EQ(kinds->item(0, 0)->text(), TicketTerms::displayName(TicketKind::Repair));
    EXPECT_EQ(kinds->item(0, 1)->text(), u"2"_s);

    child<QCheckBox>(&fresh, "reportDaily")->setChecked(true); // Monday only
    ASSERT_TRUE(fresh.figures().has_value());
    EXPECT_TRUE(fresh.figures()->daily);
    EXPECT_EQ(fresh.figures()->total, 2);
    EXPECT_EQ(fresh.findChild<QTableWidget*>(u"reportTable_kinds"_s)->item(0, 1)->text(), u"1"_s);
}

// R-IN-6: picking a day of last week shows last week; the charts carry the same counts as the table.
TEST_P(ReportsPageTest, PickingAnotherWeekAndTheCharts)
{
    open(TicketKind::Inquiry, Channel::Letter); // Friday 11-20: last week
    setTime(0, 9, 0);
    page.setSession(supervisor);
    EXPECT_EQ(page.figures()->total, 0);
    child<QDateEdit>(&page, "reportDate")->setDate(QDate(2026, 11, 17));
    EXPECT_EQ(page.figures()->firstDay, QDate(2026, 11, 14));
    EXPECT_EQ(page.figures()->total, 1);
    EXPECT_EQ(shownCount("kinds", TicketTerms::displayName(TicketKind::Inquiry)), u"1"_s);
    auto* series = qobject_cast<QBarSeries*>(page.charts()->kindsChart()->series().value(0));
    ASSERT_NE(series, nullptr);
    const int inquiry = int(TicketTerms::kinds().indexOf(TicketKind::Inquiry));
    EXPECT_EQ(series->barSets().value(0)->at(inquiry), 1.0);
    child<QPushButton>(&page, "reportThisWeek")->click();
    EXPECT_EQ(page.figures()->firstDay, QDate(2026, 11, 21));
}

// The page's export writes the workbook and the PDF of what it shows.
TEST_P(ReportsPageTest, ExportsWhatItShows)
{
    setTime(0, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    page.setSession(supervisor);
    QTemporaryDir dir;
    ASSERT_TRUE(page.exportXlsx(dir.filePath(u"week.xlsx"_s)));
    ASSERT_TRUE(page.savePdf(dir.filePath(u"week.pdf"_s)));
    QFile pdf(dir.filePath(u"week.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(4), QByteArray("%PDF"));
    // R-IN-6: the page prints its own site's name (site settings) at the head of every page.
    const QString site = host.services().site.siteName();
    ASSERT_FALSE(site.isEmpty());
    for (const QString& text : PdfText::read(dir.filePath(u"week.pdf"_s)).pages())
        EXPECT_TRUE(text.contains(site)) << text.toStdString();
    EXPECT_FALSE(page.exportXlsx(dir.filePath(u"missing/week.xlsx"_s)));
    EXPECT_TRUE(labelText(&page, "reportError").contains(u"missing"_s));
}

// R-IN-6: "Print to file (PDF)" in the print dialog gives the same report as Save as PDF: the site
// on every page, both charts, and text that is the characters printed (水电, not ⽔电).
TEST_P(ReportsPageTest, PrintingToAPdfFileGivesTheSameSearchableReport)
{
    setTime(0, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    page.setSession(supervisor);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    page.printOn(printer);
    const PdfText text = PdfText::read(dir.filePath(u"printed.pdf"_s));
    ASSERT_FALSE(text.pages().isEmpty());
    for (const QString& p : text.pages())
        EXPECT_TRUE(p.contains(host.services().site.siteName())) << p.toStdString();
    EXPECT_TRUE(text.all().contains(ReportChartsWidget::tr("On time and callbacks (%)"))) << text.all().toStdString();
    EXPECT_TRUE(text.all().contains(u"水电"_s)) << text.all().toStdString();
    EXPECT_EQ(text.firstIn(0x2E80, 0x2FDF), 0u) << text.all().toStdString();
}

// A realistic week at the desk (R-IN-6, R-CP-9, R-CB-4): three clerks, forty-odd tickets.
TEST_P(ReportsPageTest, WeeklyReportScreenshot)
{
    const QList<std::pair<QString, QString>> people = {
        {u"li.na"_s, u"李娜"_s}, {u"wang.fang"_s, u"王芳"_s}, {u"chen.jing"_s, u"陈静"_s}};
    QList<Session> clerks;
    for (const auto& [login, name] : people) {
        if (!host.services().accounts.find(login)) {
            ASSERT_TRUE(host.services().accounts.createUser(host.admin(), login, name, Role::Clerk,
                                                            QString::fromLatin1(TestHost::UserPassword)));
        }
        clerks << host.services().accounts.signIn(login, QString::fromLatin1(TestHost::UserPassword)).value();
    }
    const QStringList categories = {u"水电维修"_s, u"门窗锁具"_s, u"电梯"_s, u"公共区域"_s, u"噪音"_s, u"停车"_s};
    const QList<TicketKind> kinds = {TicketKind::Repair,  TicketKind::Repair,  TicketKind::Complaint,
                                     TicketKind::Request, TicketKind::Inquiry, TicketKind::Affair};
    const QList<Channel> channels = {Channel::Call, Channel::WalkIn, Channel::Call, Channel::Patrol, Channel::Letter};
    for (int day = -2; day <= 4; ++day)
        for (int i = 0; i < 6; ++i) {
            setTime(day, 8 + i * 2, 5 * i);
            const Session& who = clerks[(day + 2 + i) % clerks.size()];
            Ticket t = open(kinds[(day + 2 + i) % kinds.size()], channels[(i + day + 2) % channels.size()],
                            categories[(i * 5 + day + 2) % categories.size()], &who);
            if (t.kind == TicketKind::Inquiry || t.kind == TicketKind::Affair)
                continue;
            host.clock().advanceMinutes(i % 3 == 0 ? 14 : 6); // some forwarded late
            if (t.kind == TicketKind::Complaint && day != 4)  // the supervisor grades most
                t = ok(tickets().grade(supervisor, t, day % 3 == 0 ? Severity::Important : Severity::Minor));
            if (t.kind == TicketKind::Request) {
                ok(tickets().reply(who, t, u"已答复业主"_s));
                continue;
            }
            t = ok(tickets().dispatch(who, t, u"工程部"_s));
            host.clock().advanceMinutes(i % 2 == 0 ? 14 : 22);
            t = ok(tickets().recordFollowUp(who, t));
            host.clock().advanceMinutes(30);
            t = ok(tickets().returned(who, t, u"已处理完毕"_s, u"刘师傅"_s));
            if (i != 4 && !(t.kind == TicketKind::Complaint && t.severity == Severity::None)) // judged first
                ok(tickets().callBack(who, t, i != 2, i != 2 ? u"满意"_s : u"处理太慢"_s));
        }
    setTime(4, 17, 30); // Friday before close
    page.resize(1000, 640);
    page.setSession(supervisor);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(page.figures().has_value());
    EXPECT_EQ(page.figures()->total, 42);
    EXPECT_EQ(shownCount("channels", TicketTerms::displayName(Channel::Call)),
              QString::number(page.figures()->byChannel[1].count));
    QCoreApplication::processEvents();
    Screenshots::save(&page, u"weekly-report-page-en"_s);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ReportsPageTest, ::testing::Values(u"sqlite"_s), BackendName());

} // namespace
} // namespace fd::test
