#pragma once

#include "engine/Session.h"
#include "modules/tools/ToolTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace fd {

class Clock;
class MinuteTick;
class RegistryService;
class ToolLendWidget;
class ToolLoanModel;
class ToolService;
class ToolStockModel;

// 借用工具 (seed 001): the desk's tools with how many are in and out, the loans out (red once past the
// end of the lending day), the lending form with the borrower's signature, and for the selected loan
// "called the borrower" and the return.
class ToolsPage : public QWidget
{
    Q_OBJECT

public:
    ToolsPage(ToolService& tools, RegistryService& registry, const Clock& clock, MinuteTick& minuteTick,
              QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Opens a loan (a search hit, a reminder): selects it in the loans out, or shows it returned.
    bool showRecord(qint64 loanId);
    [[nodiscard]] qint64 currentLoanId() const { return m_loan ? m_loan->id : 0; }
    [[nodiscard]] ToolStockModel* stockModel() const { return m_stock; }
    [[nodiscard]] ToolLoanModel* loanModel() const { return m_loans; }
    [[nodiscard]] ToolLendWidget* lendForm() const { return m_lend; }

public slots:
    void refresh();
    void addTool();
    void retireTool();
    void recordCall();
    void recordReturn();

signals:
    // A loan was lent, called about or returned on this page.
    void loanChanged(qint64 loanId);

private:
    QWidget* buildLoanBox();
    void loadSelected();
    void showLoan(const std::optional<ToolLoan>& loan);
    void updateActions();

    ToolService& m_tools;
    const Clock& m_clock;
    std::optional<Session> m_session;
    std::optional<ToolLoan> m_loan;
    ToolStockModel* m_stock;
    ToolLoanModel* m_loans;
    QTableView* m_stockTable;
    QTableView* m_loanTable;
    QLabel* m_loanCount;
    QPushButton* m_addTool;
    QPushButton* m_retire;
    ToolLendWidget* m_lend;
    QLabel* m_loanLine;
    QListWidget* m_calls;
    QLineEdit* m_callNote;
    QPushButton* m_called;
    QLineEdit* m_condition;
    QPushButton* m_return;
    QLabel* m_message;
    FormErrors m_errors;
};

} // namespace fd
