#include "modules/reports/ReportChartsWidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Category names are drawn whole (issue 11: "Forwarding" was cut to "Forwardi…"): when the longest
// does not fit its share of the plot's width, the names stand upright and the axis grows to them.
void fitLabels(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* x = qobject_cast<QBarCategoryAxis*>(axis);
        if (!x || x->count() == 0)
            continue;
        const QFontMetricsF metrics(x->labelsFont());
        qreal longest = 0;
        for (const QString& name : x->categories())
            longest = std::max(longest, metrics.horizontalAdvance(name));
        // Qt Charts draws a label as a text item with its own margins inside a padded slot: about
        // two lines' height of the slot is not for the text.
        const qreal share = chart->plotArea().width() / x->count() - 2 * metrics.height();
        const int angle = longest > share ? -90 : 0;
        if (x->labelsAngle() != angle)
            x->setLabelsAngle(angle);
    }
}

QChartView* makeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    ReportChartsWidget::prepare(view->chart());
    QChart* chart = view->chart();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitLabels(chart); });
    return view;
}

// Replaces the chart's content with one bar series over `labels`, the value axis from 0 to `top`.
void fill(QChart* chart, const QString& title, const QStringList& labels, const QList<qreal>& values, qreal top,
          const QString& valueFormat, const QColor& color, bool labelsInside)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    set->append(values);
    set->setColor(color);
    set->setLabelColor(labelsInside ? QColor(Qt::white) : QColor(Qt::black));
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(valueFormat);
    series->setLabelsPosition(labelsInside ? QAbstractBarSeries::LabelsInsideEnd
                                           : QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // six names fit under half a page
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, top);
    y->setTickCount(6);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    fitLabels(chart);
}

} // namespace

ReportChartsWidget::ReportChartsWidget(QWidget* parent)
    : QWidget(parent), m_kinds(makeView(u"reportKindsChart"_s, this)), m_rates(makeView(u"reportRatesChart"_s, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_rates, 1);
}

QChart* ReportChartsWidget::kindsChart() const
{
    return m_kinds->chart();
}

QChart* ReportChartsWidget::ratesChart() const
{
    return m_rates->chart();
}

void ReportChartsWidget::clear()
{
    for (QChart* chart : {kindsChart(), ratesChart()}) {
        chart->removeAllSeries();
        chart->setTitle({});
    }
}

void ReportChartsWidget::setFigures(const ReportFigures& f)
{
    showKinds(kindsChart(), f);
    showRates(ratesChart(), f);
}

void ReportChartsWidget::prepare(QChart* chart)
{
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ReportChartsWidget::showKinds(QChart* chart, const ReportFigures& f)
{
    QStringList kinds;
    QList<qreal> counts;
    qreal most = 0;
    for (const ReportCount& c : f.byKind) {
        kinds << c.label;
        counts << qreal(c.count);
        most = std::max(most, qreal(c.count));
    }
    // Head room above the tallest bar for its label; a top that five steps divide into whole numbers.
    const qreal top = std::max<qreal>(5, std::ceil(most * 1.15 / 5.0) * 5.0);
    fill(chart, tr("Taken in by kind"), kinds, counts, top, u"@value"_s, QColor(0x3b, 0x82, 0xc4), false);
}

void ReportChartsWidget::showRates(QChart* chart, const ReportFigures& f)
{
    const QList<QPair<QString, ReportRate>> rates = {
        {tr("Forwarding"), f.forwarding}, {tr("Follow-up"), f.followUp}, {tr("Reply"), f.reply},
        {tr("Resolution"), f.resolution}, {tr("Callback"), f.callbacks}, {tr("Satisfied"), f.satisfaction},
    };
    QStringList names;
    QList<qreal> percents;
    for (const auto& [name, rate] : rates) {
        names << name;
        percents << rate.percent().value_or(0);
    }
    fill(chart, tr("On time and callbacks (%)"), names, percents, 100, u"@value%"_s, QColor(0x3f, 0x8f, 0x5a), true);
    if (auto* series = qobject_cast<QBarSeries*>(chart->series().value(0)))
        series->setLabelsPrecision(3);
}

} // namespace fd
