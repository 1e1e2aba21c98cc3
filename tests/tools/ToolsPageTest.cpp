#include "ToolFixture.h"
#include "core/DateTimeText.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/tools/ToolDialog.h"
#include "modules/tools/ToolLendWidget.h"
#include "modules/tools/ToolLoanModel.h"
#include "modules/tools/ToolStockModel.h"
#include "modules/tools/ToolsPage.h"
#include "support/Screenshots.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ToolsPageTest : public ToolFixture
{
protected:
    std::unique_ptr<ToolsPage> openPage(const Session& who)
    {
        auto page = std::make_unique<ToolsPage>(*tools, host.services().registry, host.services().clock,
                                                host.services().minuteTick);
        page->resize(1000, 640);
        page->setSession(who);
        page->show();
        return page;
    }

    void fillLendForm(ToolsPage* page, const Tool& tool, const QString& unit, const QString& name, const QString& phone)
    {
        auto* combo = child<QComboBox>(page, "lendTool");
        combo->setCurrentIndex(combo->findData(tool.id));
        auto* edit = child<QLineEdit>(page, "unitPickerEdit");
        edit->setFocus();
        type(edit, unit);
        QTest::keyClick(edit, Qt::Key_Return);
        ASSERT_NE(page->lendForm()->unitPicker()->unitId(), 0);
        type(child<QLineEdit>(page, "borrowerName"), name);
        type(child<QLineEdit>(page, "borrowerPhone"), phone);
    }

    static void sign(ToolsPage* page)
    {
        page->lendForm()->signatureField()->pad()->addStroke(QPolygonF{{20, 90}, {60, 40}, {100, 80}, {160, 30}});
    }
};

TEST_P(ToolsPageTest, LendWithASignatureThenTheWatchAtSixThenReturn)
{
    // Seed 001: tool not back the same day → call
    host.clock().set(at(14, 20));
    auto page = openPage(clerk);
    QAbstractItemModelTester stockTester(page->stockModel());
    QAbstractItemModelTester loanTester(page->loanModel());

    // No signature and no reason: the message sits by the signature, nothing is lent.
    fillLendForm(page.get(), ladder, u"3-1-502"_s, u"王伟"_s, u"13912345678"_s);
    QTest::mouseClick(child<QPushButton>(page.get(), "lendButton"), Qt::LeftButton);
    EXPECT_FALSE(labelText(page.get(), "lendSignatureError").isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tool_loans"_s), 0);

    sign(page.get());
    QTest::mouseClick(child<QPushButton>(page.get(), "lendButton"), Qt::LeftButton);
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM tool_loans"_s), 1) << labelText(page.get(), "lendFormError").toStdString();
    EXPECT_TRUE(labelText(page.get(), "lendSignatureError").isEmpty());
    ASSERT_EQ(page->loanModel()->rowCount(), 1);
    EXPECT_EQ(page->loanModel()->index(0, ToolLoanModel::Phone).data().toString(), u"139****5678"_s);
    const int ladderRow = page->stockModel()->rowOf(ladder.id);
    EXPECT_EQ(page->stockModel()->index(ladderRow, ToolStockModel::In).data().toInt(), 1);
    EXPECT_EQ(page->stockModel()->index(ladderRow, ToolStockModel::Out).data().toInt(), 1);
    const qint64 loanId = page->currentLoanId();
    ASSERT_NE(loanId, 0);

    // 18:05, not back: the Watch reminder is in the clerk's inbox and the row is red.
    host.clock().set(at(18, 5));
    QList<Reminder> due = toolWatches();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().refId, loanId);
    page->refresh();
    EXPECT_TRUE(page->loanModel()->index(0, ToolLoanModel::Due).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(
        labelText(page.get(), "toolLoanLine")
            .contains(
                ToolsPage::tr("Not back: due %1. Call the borrower.").arg(DateTimeText::shortDateTime(at(18, 0)))));

    // The integrator opens the loan from the reminder; the clerk calls, then the tool comes back.
    ASSERT_TRUE(page->showRecord(due.first().refId));
    type(child<QLineEdit>(page.get(), "toolCallNote"), u"王先生说七点前送回"_s);
    QTest::mouseClick(child<QPushButton>(page.get(), "toolCalledButton"), Qt::LeftButton);
    EXPECT_EQ(child<QListWidget>(page.get(), "toolLoanCalls")->count(), 1);
    EXPECT_TRUE(toolWatches().isEmpty());

    host.clock().set(at(18, 50));
    type(child<QLineEdit>(page.get(), "toolReturnCondition"), u"完好"_s);
    QTest::mouseClick(child<QPushButton>(page.get(), "toolReturnButton"), Qt::LeftButton);
    EXPECT_TRUE(tools->loan(loanId).value().returnedMs.has_value());
    EXPECT_EQ(page->loanModel()->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(page.get(), "toolReturnButton")->isEnabled()); // not twice
    EXPECT_EQ(page->stockModel()->index(ladderRow, ToolStockModel::In).data().toInt(), 2);
    host.clock().set(at(18, 0, 1));
    EXPECT_TRUE(toolWatches().isEmpty());
}

// Seed 001 (tool lending): "Lent: …" is about the last loan; typing the next borrower takes it away.
TEST_P(ToolsPageTest, TheLentLineGoesWhenTheNextLoanIsTyped)
{
    host.clock().set(at(14, 20));
    auto page = openPage(clerk);
    fillLendForm(page.get(), ladder, u"3-1-502"_s, u"王伟"_s, u"13912345678"_s);
    sign(page.get());
    QTest::mouseClick(child<QPushButton>(page.get(), "lendButton"), Qt::LeftButton);
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM tool_loans"_s), 1) << labelText(page.get(), "lendFormError").toStdString();
    ASSERT_FALSE(labelText(page.get(), "lendDone").isEmpty());

    type(child<QLineEdit>(page.get(), "borrowerName"), u"李"_s);
    EXPECT_TRUE(labelText(page.get(), "lendDone").isEmpty()) << labelText(page.get(), "lendDone").toStdString();
}

TEST_P(ToolsPageTest, LendingWhenNoneIsInShowsTheMessageByTheTool)
{
    // Seed 001: the only drill is out; the form says so next to the tool and lends nothing.
    lend(drill);
    auto page = openPage(clerk);
    fillLendForm(page.get(), drill, u"3-1-601"_s, u"钱七"_s, u"13800004444"_s);
    sign(page.get());
    QTest::mouseClick(child<QPushButton>(page.get(), "lendButton"), Qt::LeftButton);
    EXPECT_TRUE(labelText(page.get(), "lendToolError").contains(u"电钻"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tool_loans"_s), 1);
    EXPECT_FALSE(child<QPushButton>(page.get(), "addToolButton")->isVisible()); // a clerk keeps no inventory
}

TEST_P(ToolsPageTest, ASupervisorAddsATool)
{
    // The inventory: a supervisor adds 手推车; a code already used is refused next to the code.
    const Session supervisor = host.signedIn(Role::Supervisor, u"zhao.min"_s);
    ToolDialog dialog(*tools, supervisor);
    type(child<QLineEdit>(&dialog, "toolName"), u"手推车"_s);
    type(child<QLineEdit>(&dialog, "toolCode"), u"T-01"_s);
    child<QSpinBox>(&dialog, "toolQuantity")->setValue(2);
    dialog.save();
    EXPECT_FALSE(labelText(&dialog, "toolCodeError").isEmpty());
    child<QLineEdit>(&dialog, "toolCode")->clear();
    type(child<QLineEdit>(&dialog, "toolCode"), u"T-03"_s);
    dialog.save();
    ASSERT_TRUE(dialog.result().has_value());
    EXPECT_EQ(tools->tool(dialog.result()->id).value().quantity, 2);
}

TEST_P(ToolsPageTest, Screenshot)
{
    // Seed 001, at a realistic size: a busy afternoon and one loan overdue from yesterday.
    addTool(u"扳手套装"_s, u"T-03"_s, 2);
    addTool(u"手推车"_s, u"T-04"_s, 3);
    addTool(u"人字梯（大）"_s, u"T-05"_s, 1);
    const auto lendTo = [this](const Tool& tool, int n, const QString& unit, const QString& who, const QString& phone) {
        auto l = tools->lend(clerk, request(tool, n, unit, who, phone));
        EXPECT_TRUE(l.ok());
        return l.ok() ? l.value().id : 0;
    };
    host.clock().set(at(10, 15, -1));
    const qint64 late = lendTo(drill, 1, u"3-1-701"_s, u"周九"_s, u"13800006666"_s);
    host.clock().set(at(19, 10, -1));
    ASSERT_TRUE(tools->recordCall(clerk, late, u"周先生出差，明天下午送回"_s).ok());
    host.clock().set(at(13, 40));
    const qint64 ladderLoan = lendTo(ladder, 1, u"3-1-502"_s, u"王伟"_s, u"13912345678"_s);
    host.clock().set(at(14, 20));
    const Tool cart = tools->tools(false).value().at(3);
    lendTo(cart, 2, u"3-1-601"_s, u"钱七"_s, u"13800004444"_s);
    host.clock().set(at(18, 25));
    auto page = openPage(host.signedIn(Role::Supervisor, u"zhao.min"_s));
    fillLendForm(page.get(), ladder, u"3-1-501"_s, u"赵六"_s, u"13900003333"_s);
    child<QLineEdit>(page.get(), "depositNote")->setText(u"押金 100 元"_s);
    sign(page.get());
    ASSERT_TRUE(page->showRecord(late));
    EXPECT_TRUE(page->loanModel()
                    ->index(page->loanModel()->rowOf(ladderLoan), ToolLoanModel::Due)
                    .data(Qt::ForegroundRole)
                    .isValid()); // overdue
    EXPECT_FALSE(Screenshots::save(page.get(), u"tools-en"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ToolsPageTest, ::testing::Values(QStringLiteral("sqlite")), BackendName());

} // namespace
} // namespace fd::test
