#pragma once

#include "modules/reports/ReportFigures.h"

#include <QWidget>

class QChart;
class QChartView;

namespace fd {

// The report's two charts (Qt Charts): what was taken in, by kind, and the on-time, callback and
// satisfaction rates in percent.
class ReportChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartsWidget(QWidget* parent = nullptr);

    void setFigures(const ReportFigures& figures);
    void clear();

    [[nodiscard]] QChart* kindsChart() const;
    [[nodiscard]] QChart* ratesChart() const;

    // The same two charts on any QChart (the printed report draws them too).
    static void prepare(QChart* chart);
    static void showKinds(QChart* chart, const ReportFigures& figures);
    static void showRates(QChart* chart, const ReportFigures& figures);

private:
    QChartView* m_kinds;
    QChartView* m_rates;
};

} // namespace fd
