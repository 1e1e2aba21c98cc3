// R-CP-8: the weekly report reads the callback rate against the site's target and lists the work
// that was not called back, the same in the page's tables, the PDF and the spreadsheet.
#include "ReportFixture.h"

#include "core/DateTimeText.h"
#include "engine/tickets/SiteRules.h"
#include "modules/reports/ReportPdf.h"
#include "modules/reports/ReportSections.h"
#include "modules/reports/ReportXlsx.h"
#include "support/PdfText.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReportCallbackTarget : public ReportFixture
{
protected:
    // Monday: two repairs done (one called back), a complaint replied to and not called back.
    void week3Done1CalledBack()
    {
        setTime(0, 9, 0);
        Ticket called = ok(tickets().dispatch(clerk, open(TicketKind::Repair), u"工程部"_s));
        called = ok(tickets().returned(clerk, called, u"已修好"_s));
        ok(tickets().callBack(clerk, called, true, u"满意"_s));
        Ticket missed = ok(tickets().dispatch(clerk, open(TicketKind::Repair), u"工程部"_s));
        setTime(0, 10, 30);
        missedRepair = ok(tickets().returned(clerk, missed, u"已更换阀门"_s));
        const Session boss = host.signedIn(Role::Supervisor, u"zhang.wei"_s);
        Ticket complaint = ok(tickets().grade(boss, open(TicketKind::Complaint), Severity::Minor));
        setTime(1, 14, 0);
        missedComplaint = ok(tickets().reply(clerk, complaint, u"已道歉"_s));
        open(TicketKind::Repair); // still open: owes nothing yet
    }

    static const ReportSection* section(const QList<ReportSection>& all, const QString& id)
    {
        for (const ReportSection& s : all)
            if (s.id == id)
                return &s;
        return nullptr;
    }

    Ticket missedRepair;
    Ticket missedComplaint;
};

TEST_P(ReportCallbackTarget, TheRateIsReadAgainstTheSitesTargetAndTheMissedOnesAreListed)
{
    // R-CP-8: callback rate target 100% by default; what was not called back is listed.
    week3Done1CalledBack();
    setTime(4, 17, 0);
    ReportFigures f = week();
    EXPECT_EQ(f.callbacks.met, 1);
    EXPECT_EQ(f.callbacks.total, 3);
    EXPECT_EQ(f.callbackTargetPercent, 100);
    ASSERT_EQ(f.notCalledBack.size(), 2);
    EXPECT_EQ(f.notCalledBack.at(0).number, missedRepair.number);
    EXPECT_EQ(f.notCalledBack.at(0).resolvedMs, QDateTime(monday(), QTime(10, 30)).toMSecsSinceEpoch());
    EXPECT_EQ(f.notCalledBack.at(0).callbackDueMs, QDateTime(monday().addDays(1), QTime(10, 30)).toMSecsSinceEpoch());
    EXPECT_EQ(f.notCalledBack.at(1).number, missedComplaint.number);
    EXPECT_EQ(f.notCalledBack.at(1).callbackDueMs, QDateTime(monday().addDays(2), QTime(14, 0)).toMSecsSinceEpoch());

    const QList<ReportSection> sections = ReportSections::build(f);
    const ReportSection* target = section(sections, u"callback_target"_s);
    ASSERT_NE(target, nullptr);
    ASSERT_EQ(target->rows.size(), 1);
    EXPECT_EQ(target->rows.at(0).at(2).display(), u"33.3%"_s);
    EXPECT_EQ(target->rows.at(0).at(3).display(), u"100.0%"_s);
    EXPECT_EQ(target->rows.at(0).at(4).display(), ReportSections::tr("no"));
    const ReportSection* missed = section(sections, u"not_called_back"_s);
    ASSERT_NE(missed, nullptr);
    ASSERT_EQ(missed->rows.size(), 2);
    EXPECT_EQ(missed->rows.at(0).at(0).display(), missedRepair.number);
    EXPECT_EQ(missed->rows.at(0).at(2).display(), u"11/23/2026 10:30 AM"_s);
    EXPECT_EQ(missed->rows.at(0).at(3).display(), u"11/24/2026 10:30 AM"_s);

    // A site that aims lower: 30% is met by one in three.
    ASSERT_TRUE(
        host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::CallbackTargetPercent), u"30"_s).ok());
    f = week();
    EXPECT_EQ(f.callbackTargetPercent, 30);
    EXPECT_EQ(section(ReportSections::build(f), u"callback_target"_s)->rows.at(0).at(4).display(),
              ReportSections::tr("yes"));
}

TEST_P(ReportCallbackTarget, ThePdfAndTheSpreadsheetCarryTheTargetAndTheMissedList)
{
    // R-CP-8: the exports hold the same words and numbers as the page.
    week3Done1CalledBack();
    setTime(4, 17, 0);
    const ReportFigures f = week();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"week.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(f, u"翠湖花园"_s, pdf).ok());
    const QString text = PdfText::read(pdf).all();
    EXPECT_TRUE(text.contains(ReportSections::tr("Not called back (R-CP-8)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(missedRepair.number));
    EXPECT_TRUE(text.contains(missedComplaint.number));
    EXPECT_TRUE(text.contains(DateTimeText::dateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 30))))) << text.toStdString();

    const QString path = dir.filePath(u"week.xlsx"_s);
    ASSERT_TRUE(ReportXlsx::write(f, path).ok());
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/sharedStrings.xml"_s});
    unzip.waitForFinished(10'000);
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(strings.contains(missedRepair.number));
    EXPECT_TRUE(strings.contains(missedComplaint.number));
    EXPECT_TRUE(strings.contains(ReportSections::tr("Callbacks against the target (R-CP-8)").toHtmlEscaped()));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportCallbackTarget, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
