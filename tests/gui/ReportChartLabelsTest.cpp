#include "GuiTestSupport.h"

#include "core/Translations.h"
#include "engine/tickets/TicketTerms.h"
#include "modules/reports/ReportChartsWidget.h"
#include "modules/reports/ReportFigures.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Issue 11, "English": the reports page's chart cut "Forwarding" to "Forwardi…". Every category
// label is drawn whole, in both languages, at the width the page gives the charts beside the tables.
class ReportChartLabelsTest : public ::testing::TestWithParam<const char16_t*>
{
protected:
    void TearDown() override { Translations::install(u"en"_s); }

    // The texts the chart's scene draws (axis labels, bar labels, title).
    static QStringList drawnTexts(QChart* chart)
    {
        QStringList out;
        for (QGraphicsItem* item : chart->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                out << text->toPlainText();
        return out;
    }
};

TEST_P(ReportChartLabelsTest, RateLabelsAreNotElidedBesideTheTables)
{
    Translations::install(QString::fromUtf16(GetParam()));
    ReportFigures f;
    qint64 n = 1;
    for (TicketKind kind : TicketTerms::kinds()) // the kinds the report counts, as it names them
        f.byKind.append({TicketTerms::key(kind), TicketTerms::displayName(kind), n++});
    f.forwarding = {8, 9};
    f.followUp = {5, 6};
    f.reply = {3, 3};
    f.resolution = {7, 9};
    f.callbacks = {4, 5};
    f.satisfaction = {4, 4};
    for (int width : {360, 440, 640}) {
        ReportChartsWidget charts;
        charts.resize(width, 620);
        charts.show();
        charts.setFigures(f);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&charts));
        QCoreApplication::processEvents();
        const QStringList drawn = drawnTexts(charts.ratesChart()) + drawnTexts(charts.kindsChart());
        for (const QString& text : drawn)
            EXPECT_FALSE(text.contains(u"…"_s) || text.contains(u"..."_s)) << width << " px: " << text.toStdString();
        EXPECT_TRUE(drawn.contains(ReportChartsWidget::tr("Forwarding")))
            << width << " px: " << drawn.join(u" | "_s).toStdString();
        EXPECT_TRUE(drawn.contains(ReportChartsWidget::tr("Resolution"))) << width;
        EXPECT_TRUE(drawn.contains(TicketTerms::displayName(TicketKind::Affair))) << width;
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ReportChartLabelsTest, ::testing::Values(u"en", u"zh_CN"));

} // namespace
} // namespace fd::test
