#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace fd {

// The form uic makes from ui/modules/fees/CashCountWidget.ui (class fd::CashCountWidget).
class Ui_CashCountWidget;

class ArrearsService;
class CashCountService;
class Clock;

// The cashier's cash count at the end of a shift (R-FE-2): per method what the ledger says they took
// since their last count, a field for what they counted, and the difference as they type; a difference
// needs its explanation. Closing the count keeps it and prints the cashier's handover sheet with the
// open dunning steps. The last counts of every cashier are listed below.
class CashCountWidget : public QWidget
{
    Q_OBJECT

public:
    CashCountWidget(CashCountService& counts, ArrearsService& arrears, const Clock& clock, const QString& siteName,
                    QWidget* parent = nullptr);
    ~CashCountWidget() override;

    void setSession(const Session& session);
    // What was counted for a method, as typed (tests and the screenshots type through it).
    void setCounted(PaymentMethod method, const QString& text);
    [[nodiscard]] const std::optional<CashCount>& expected() const { return m_expected; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    void readLedger();
    // Keeps the count and offers to save the handover sheet; false when refused.
    bool closeCount();

signals:
    void closed(const CashCount& count);

private:
    struct Row
    {
        PaymentMethod method;
        QLabel* name;
        QLabel* expected;
        QLineEdit* counted;
        QLabel* difference;
    };
    void showDifferences();
    void showLastCounts();

    std::unique_ptr<Ui_CashCountWidget> m_ui;
    CashCountService& m_counts;
    ArrearsService& m_arrears;
    const Clock& m_clock;
    QString m_siteName;
    std::optional<Session> m_session;
    std::optional<CashCount> m_expected;
    QList<Row> m_rows;
    FormErrors m_errors;
};

} // namespace fd
