#include "ReportFixture.h"

#include "modules/reports/ReportChartsWidget.h"
#include "modules/reports/ReportPdf.h"
#include "modules/reports/ReportSections.h"
#include "modules/reports/ReportXlsx.h"
#include "support/PdfText.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// The exports are plain files: one backend is enough.
class ReportExport : public ReportFixture
{
protected:
    ReportFigures busyWeek()
    {
        setTime(0, 9, 0);
        Ticket t = ok(tickets().dispatch(clerk, open(TicketKind::Repair, Channel::Call, u"水电维修"_s), u"工程部"_s));
        t = ok(tickets().returned(clerk, t, u"已更换水龙头"_s));
        ok(tickets().callBack(clerk, t, true, u"满意"_s));
        open(TicketKind::Complaint, Channel::WalkIn, u"噪音"_s);
        return week();
    }

    static QByteArray head(const QString& path, int n)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    }

    // One member of the .xlsx (a zip), read with unzip; empty when unzip is not installed.
    static QString member(const QString& path, const QString& name)
    {
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            return {};
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, name});
        unzip.waitForFinished(10'000);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }

    QTemporaryDir dir;
    const QString site = u"翠湖花园"_s;
};

// R-IN-6, R-CB-4: the workbook holds the report's tables with the same words and numbers.
TEST_P(ReportExport, XlsxIsWrittenAndReadable)
{
    const ReportFigures f = busyWeek();
    const QString path = dir.filePath(u"周汇报表.xlsx"_s);
    ASSERT_TRUE(ReportXlsx::write(f, path).ok());
    EXPECT_EQ(head(path, 2), QByteArray("PK"));
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed: only the zip signature was checked";
    const QString strings = member(path, u"xl/sharedStrings.xml"_s);
    EXPECT_TRUE(strings.contains(ReportSections::title(f).toHtmlEscaped())) << strings.left(400).toStdString();
    EXPECT_TRUE(strings.contains(u"Callback rate (R-CB-4)"_s));
    EXPECT_TRUE(strings.contains(u"水电维修"_s));
    // The workbook lists its sheets: the summary and one per table of the page.
    const QString book = member(path, u"xl/workbook.xml"_s);
    EXPECT_EQ(book.count(u"<sheet "_s), 1 + ReportSections::build(f).size());
}

// A spreadsheet that cannot be saved says so and names the path.
TEST_P(ReportExport, XlsxToAMissingFolderIsRefused)
{
    const QString path = dir.filePath(u"no-such-folder/report.xlsx"_s);
    auto s = ReportXlsx::write(busyWeek(), path);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(path));
}

// R-IN-6: the printable report is a real PDF.
TEST_P(ReportExport, PdfStartsWithPdfSignature)
{
    const QString path = dir.filePath(u"weekly.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(busyWeek(), site, path).ok());
    EXPECT_EQ(head(path, 4), QByteArray("%PDF"));
    EXPECT_GT(QFile(path).size(), 1000);
}

// R-IN-6: the printed report has the page's two charts, and every page names the site it is from.
TEST_P(ReportExport, PdfHasBothChartsAndTheSiteOnEveryPage)
{
    const ReportFigures f = busyWeek();
    const QString path = dir.filePath(u"weekly.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(f, site, path).ok());
    const PdfText text = PdfText::read(path);
    ASSERT_GE(text.pages().size(), 2) << text.all().toStdString();
    for (const QString& page : text.pages())
        EXPECT_TRUE(page.contains(site)) << page.toStdString();
    // The rates chart: its title and bar names are printed nowhere else. The kinds chart's title is
    // also the first table's heading.
    EXPECT_TRUE(text.all().contains(ReportChartsWidget::tr("On time and callbacks (%)"))) << text.all().toStdString();
    for (const char* bar : {"Forwarding", "Follow-up", "Satisfied"})
        EXPECT_TRUE(text.all().contains(ReportChartsWidget::tr(bar))) << bar;
    EXPECT_EQ(text.all().count(ReportSections::tr("Taken in by kind")), 2) << text.all().toStdString();
}

// R-IN-6: no page of the printed report ends with a table's heading or its bare header row: they go
// over to the next page with the table.
TEST_P(ReportExport, NoPdfPageEndsWithAHeading)
{
    const ReportFigures f = busyWeek();
    const QString path = dir.filePath(u"weekly.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(f, site, path).ok());
    const QStringList pages = PdfText::read(path).pages();
    ASSERT_GE(pages.size(), 2);
    for (const QString& page : pages) {
        const QString text = QString(page).remove(u' ');
        for (const ReportSection& s : ReportSections::build(f)) {
            EXPECT_FALSE(text.endsWith(QString(s.title).remove(u' '))) << s.title.toStdString();
            EXPECT_FALSE(text.endsWith(s.headers.join(QString()).remove(u' '))) << s.title.toStdString();
        }
    }
}

// R-IN-6: an archived report is found by what it says. The PDF's text (what a reader copies or
// searches) is the characters printed: 水电维修, not the look-alike Kangxi radical ⽔ the CJK font
// also maps to the same glyph.
TEST_P(ReportExport, PdfTextIsTheCharactersPrinted)
{
    const QString path = dir.filePath(u"weekly.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(busyWeek(), site, path).ok());
    const PdfText text = PdfText::read(path);
    EXPECT_TRUE(text.all().contains(u"水电维修"_s)) << text.all().toStdString();
    EXPECT_EQ(text.firstIn(0x2E80, 0x2FDF), 0u) << text.all().toStdString();
}

// The document carries every table's numbers as the page shows them.
TEST_P(ReportExport, DocumentShowsTheSameNumbers)
{
    const ReportFigures f = busyWeek();
    const QString path = dir.filePath(u"weekly.pdf"_s);
    ASSERT_TRUE(ReportPdf::write(f, site, path).ok());
    const QString text = PdfText::read(path).all();
    EXPECT_TRUE(text.contains(u"水电维修"_s));
    EXPECT_TRUE(text.contains(u"100.0%"_s)); // the one callback, satisfied (R-CB-4)
    for (const ReportSection& s : ReportSections::build(f))
        EXPECT_TRUE(text.contains(s.title)) << s.title.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ReportExport, ::testing::Values(u"sqlite"_s), BackendName());

} // namespace
} // namespace fd::test
