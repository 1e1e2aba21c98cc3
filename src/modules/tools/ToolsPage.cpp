#include "modules/tools/ToolsPage.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/watches/SignatureService.h"
#include "modules/tools/ToolDialog.h"
#include "modules/tools/ToolLendWidget.h"
#include "modules/tools/ToolLoanModel.h"
#include "modules/tools/ToolService.h"
#include "modules/tools/ToolStockModel.h"
#include "widgets/KeepCurrent.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

bool keepsInventory(const Session& s)
{
    return s.may(Permission::ManageTools);
}

} // namespace

ToolsPage::ToolsPage(ToolService& tools, RegistryService& registry, const Clock& clock, MinuteTick& minuteTick,
                     QWidget* parent)
    : QWidget(parent), m_tools(tools), m_clock(clock), m_stock(new ToolStockModel(tools, this)),
      m_loans(new ToolLoanModel(tools, this))
{
    setObjectName(u"toolsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* upper = new QHBoxLayout;

    auto* stockBox = new QGroupBox(tr("Tools at the desk"), this);
    auto* stockLayout = new QVBoxLayout(stockBox);
    m_stockTable = makeTable(m_stock, u"toolStockTable"_s, stockBox);
    m_stockTable->horizontalHeader()->setSectionResizeMode(ToolStockModel::Name, QHeaderView::Stretch);
    stockLayout->addWidget(m_stockTable, 1);
    auto* stockButtons = new QHBoxLayout;
    m_addTool = new QPushButton(tr("&Add a tool…"), stockBox);
    m_addTool->setObjectName(u"addToolButton"_s);
    m_retire = new QPushButton(tr("Ret&ire"), stockBox);
    m_retire->setObjectName(u"retireToolButton"_s);
    stockButtons->addWidget(m_addTool);
    stockButtons->addWidget(m_retire);
    stockButtons->addStretch(1);
    stockLayout->addLayout(stockButtons);
    upper->addWidget(stockBox, 2);

    auto* loansBox = new QGroupBox(tr("Lent out"), this);
    auto* loansLayout = new QVBoxLayout(loansBox);
    m_loanCount = new QLabel(loansBox);
    m_loanCount->setObjectName(u"toolLoanCount"_s);
    loansLayout->addWidget(m_loanCount);
    m_loanTable = makeTable(m_loans, u"toolLoanTable"_s, loansBox);
    m_loanTable->horizontalHeader()->setSectionResizeMode(ToolLoanModel::Borrower, QHeaderView::Stretch);
    loansLayout->addWidget(m_loanTable, 1);
    upper->addWidget(loansBox, 3);
    layout->addLayout(upper, 2);

    auto* lower = new QHBoxLayout;
    auto* lendBox = new QGroupBox(tr("Lend a tool"), this);
    auto* lendLayout = new QVBoxLayout(lendBox);
    m_lend = new ToolLendWidget(tools, registry, lendBox);
    lendLayout->addWidget(m_lend);
    lower->addWidget(lendBox, 3);
    lower->addWidget(buildLoanBox(), 2);
    layout->addLayout(lower, 3);

    m_message = new QLabel(this);
    m_message->setObjectName(u"toolMessage"_s);
    layout->addWidget(m_message);
    m_errors.setFallback(m_message);

    connect(m_addTool, &QPushButton::clicked, this, &ToolsPage::addTool);
    connect(m_retire, &QPushButton::clicked, this, &ToolsPage::retireTool);
    connect(m_called, &QPushButton::clicked, this, &ToolsPage::recordCall);
    connect(m_return, &QPushButton::clicked, this, &ToolsPage::recordReturn);
    connect(m_loanTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ToolsPage::loadSelected);
    connect(m_stockTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex i = m_stockTable->currentIndex();
        if (i.isValid())
            m_lend->chooseTool(m_stock->rowAt(i.row()).id);
        updateActions();
    });
    connect(m_lend, &ToolLendWidget::lent, this, [this](qint64 loanId) {
        refresh();
        showRecord(loanId);
        emit loanChanged(loanId);
    });
    updateActions();
    // A loan not back by the end of the lending day turns overdue while the page stays open.
    KeepCurrent::follow(this, minuteTick, [this] {
        m_loans->setNow(m_clock.nowMs());
        loadSelected();
    });
}

QWidget* ToolsPage::buildLoanBox()
{
    auto* box = new QGroupBox(tr("The selected loan"), this);
    auto* form = new QFormLayout(box);
    m_loanLine = new QLabel(box);
    m_loanLine->setObjectName(u"toolLoanLine"_s);
    m_loanLine->setWordWrap(true);
    m_loanLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_loanLine);
    m_calls = new QListWidget(box);
    m_calls->setObjectName(u"toolLoanCalls"_s);
    m_calls->setWordWrap(true);
    form->addRow(tr("Calls:"), m_calls);

    // Seed 001: not back the same day → call, and write down what the borrower said.
    auto* callRow = new QHBoxLayout;
    m_callNote = new QLineEdit(box);
    m_callNote->setObjectName(u"toolCallNote"_s);
    m_callNote->setPlaceholderText(tr("what the borrower said"));
    m_called = new QPushButton(tr("&Called the borrower"), box);
    m_called->setObjectName(u"toolCalledButton"_s);
    callRow->addWidget(m_callNote, 1);
    callRow->addWidget(m_called);
    form->addRow(tr("Call:"), callRow);
    form->addRow(m_errors.add(u"note"_s, m_callNote, u"toolCallNoteError"_s, box));

    auto* returnRow = new QHBoxLayout;
    m_condition = new QLineEdit(box);
    m_condition->setObjectName(u"toolReturnCondition"_s);
    m_condition->setPlaceholderText(tr("condition, e.g. 完好"));
    m_return = new QPushButton(tr("&Record return"), box);
    m_return->setObjectName(u"toolReturnButton"_s);
    returnRow->addWidget(m_condition, 1);
    returnRow->addWidget(m_return);
    form->addRow(tr("Return:"), returnRow);
    form->addRow(m_errors.add(u"condition"_s, m_condition, u"toolReturnError"_s, box));
    return box;
}

void ToolsPage::setSession(const Session& session)
{
    m_session = session;
    m_lend->setSession(session);
    refresh();
}

void ToolsPage::refresh()
{
    const qint64 keep = currentLoanId();
    m_stock->refresh(true);
    m_loans->refresh(m_clock.nowMs());
    m_lend->reloadTools();
    auto out = m_tools.loansOutCount();
    m_loanCount->setText(out ? tr("%n loan(s) out, the one due back first on top", nullptr, int(out.value()))
                             : out.error().message);
    if (keep == 0 || !showRecord(keep)) {
        if (m_loans->rowCount() > 0)
            m_loanTable->setCurrentIndex(m_loans->index(0, 0));
        loadSelected();
    }
}

bool ToolsPage::showRecord(qint64 loanId)
{
    const int row = m_loans->rowOf(loanId);
    if (row >= 0) {
        m_loanTable->setCurrentIndex(m_loans->index(row, 0));
        m_loanTable->scrollTo(m_loans->index(row, 0));
        loadSelected();
        return true;
    }
    auto found = m_tools.loan(loanId); // returned, or further down the list than is loaded
    if (!found)
        return false;
    m_loanTable->clearSelection();
    showLoan(found.value());
    return true;
}

void ToolsPage::loadSelected()
{
    const QModelIndex i = m_loanTable->currentIndex();
    if (!i.isValid() || i.row() >= m_loans->rowCount()) {
        showLoan(std::nullopt);
        return;
    }
    auto fresh = m_tools.loan(m_loans->rowAt(i.row()).id);
    showLoan(fresh ? std::optional<ToolLoan>(fresh.value()) : std::nullopt);
}

void ToolsPage::showLoan(const std::optional<ToolLoan>& loan)
{
    m_loan = loan;
    m_errors.clear();
    m_calls->clear();
    if (!loan) {
        m_loanLine->setText(tr("Choose a loan in the list."));
        updateActions();
        return;
    }
    const auto time = [](qint64 ms) { return DateTimeText::shortDateTime(ms); };
    QStringList lines{ToolService::loanLine(*loan), tr("Phone: %1").arg(loan->borrowerPhone),
                      tr("Lent %1 by %2").arg(time(loan->lentMs), loan->lentBy)};
    if (auto signature = m_tools.signature(loan->signatureId))
        lines << SignatureService::summary(signature.value());
    if (!loan->depositNote.isEmpty())
        lines << tr("Deposit: %1").arg(loan->depositNote);
    if (loan->returnedMs)
        lines << tr("Returned %1 to %2: %3").arg(time(*loan->returnedMs), loan->returnedBy, loan->returnCondition);
    else if (loan->overdueAt(m_clock.nowMs()))
        lines << tr("Not back: due %1. Call the borrower.").arg(time(loan->dueMs));
    else
        lines << tr("Back by %1").arg(time(loan->dueMs));
    m_loanLine->setText(lines.join(u'\n'));
    if (auto notes = m_tools.callNotes(loan->id))
        m_calls->addItems(notes.value());
    updateActions();
}

void ToolsPage::updateActions()
{
    const bool desk = m_session.has_value();
    const bool out = desk && m_loan && m_loan->isOut();
    m_called->setEnabled(out);
    m_return->setEnabled(out);
    m_callNote->setEnabled(out);
    m_condition->setEnabled(out);
    const bool inventory = desk && keepsInventory(*m_session);
    m_addTool->setVisible(inventory);
    m_retire->setVisible(inventory);
    const QModelIndex i = m_stockTable->currentIndex();
    const bool active = i.isValid() && i.row() < m_stock->rowCount() && m_stock->rowAt(i.row()).active;
    m_retire->setText(i.isValid() && !active ? tr("Bring bac&k") : tr("Ret&ire"));
    m_retire->setEnabled(i.isValid());
}

void ToolsPage::addTool()
{
    if (!m_session)
        return;
    ToolDialog dialog(m_tools, *m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ToolsPage::retireTool()
{
    const QModelIndex i = m_stockTable->currentIndex();
    if (!m_session || !i.isValid())
        return;
    const Tool t = m_stock->rowAt(i.row());
    auto changed = m_tools.setToolActive(*m_session, t.id, !t.active);
    if (!changed) {
        m_errors.show(changed.error());
        return;
    }
    refresh();
    const int row = m_stock->rowOf(t.id);
    if (row >= 0)
        m_stockTable->setCurrentIndex(m_stock->index(row, 0));
}

void ToolsPage::recordCall()
{
    if (!m_session || !m_loan)
        return;
    const qint64 id = m_loan->id;
    auto called = m_tools.recordCall(*m_session, id, m_callNote->text());
    if (!called) {
        m_errors.show(called.error());
        return;
    }
    m_callNote->clear();
    refresh();
    showRecord(id);
    m_message->setText(tr("Call recorded; asked again at %1.").arg(DateTimeText::shortDateTime(called.value().dueMs)));
    m_message->setVisible(true);
    emit loanChanged(id);
}

void ToolsPage::recordReturn()
{
    if (!m_session || !m_loan)
        return;
    const qint64 id = m_loan->id;
    auto back = m_tools.giveBack(*m_session, id, m_condition->text());
    if (!back) {
        m_errors.show(back.error());
        return;
    }
    m_condition->clear();
    refresh();
    m_message->setText(tr("Returned: %1").arg(ToolService::loanLine(back.value())));
    m_message->setVisible(true);
    emit loanChanged(id);
}

} // namespace fd
