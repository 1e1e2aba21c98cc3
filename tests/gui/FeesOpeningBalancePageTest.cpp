// The opening balances from the site's old system, imported from the billing tab like a cashier does it
// at go-live: the file previewed, every bad row listed, and imported only when nothing is wrong.
#include "FeesPageFixture.h"

#include "modules/fees/OpeningBalanceDialog.h"
#include "modules/fees/OpeningBalanceService.h"
#include "modules/registry/ImportProblemModel.h"

#include <QDialogButtonBox>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesOpeningBalancePageTest : public FeesPageFixture
{
};

// R-FE-5: a file with a bad row lists it and cannot be imported; the corrected file is previewed with
// its total, then imported in one go, and its months are listed as runs of the billing tab.
TEST_F(FeesOpeningBalancePageTest, AFileIsPreviewedAndImportedOnlyWhenEveryRowIsRight)
{
    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    EXPECT_TRUE(child<QPushButton>(billing, "importOpening")->isEnabled());

    OpeningBalanceDialog dialog(host.services().openingBalances, cashier);
    auto* import = child<QDialogButtonBox>(&dialog, "openingButtons")->button(QDialogButtonBox::Ok);
    const qint64 lines = count(u"bill_lines"_s);
    dialog.setCsv(u"房号,收费项目,所属期间,欠费金额\n3-1-502,WY,2026-10,223.43\n3-1-501,WY,2026-10,1.005\n"_s.toUtf8(),
                  u"old.csv"_s);
    EXPECT_FALSE(import->isEnabled());
    ASSERT_EQ(dialog.problemModel()->rowCount(), 1);
    EXPECT_EQ(dialog.problemModel()->index(0, ImportProblemModel::Row).data().toInt(), 3);
    EXPECT_FALSE(labelText(&dialog, "openingSummary").isEmpty());

    dialog.setCsv(u"房号,收费项目,所属期间,欠费金额\n3-1-502,WY,2026-10,223.43\n3-1-501,WY,2026-10,100\n"_s.toUtf8(),
                  u"old.csv"_s);
    EXPECT_EQ(count(u"bill_lines"_s), lines) << "a preview writes nothing";
    ASSERT_TRUE(import->isEnabled());
    EXPECT_TRUE(labelText(&dialog, "openingSummary").contains(Money::text(32343)))
        << labelText(&dialog, "openingSummary").toStdString();
    QTest::mouseClick(import, Qt::LeftButton);
    EXPECT_EQ(count(u"bill_lines"_s), lines + 2);
    EXPECT_FALSE(import->isEnabled()) << "imported once";
    billing->setPeriod(u"2026-10"_s);
    EXPECT_TRUE(labelText(billing, "runsDone").contains(Money::text(32343)))
        << labelText(billing, "runsDone").toStdString();
}

} // namespace
} // namespace fd::test
