// R-CB-1: the community event dialog, reached from the callbacks page: households chosen by building
// and floor, a refusal shown next to its field, and the callbacks queued on the page.
#include "CallbackFixture.h"

#include "modules/callbacks/CallbackQueueModel.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/callbacks/CommunityEventDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class CommunityEventDialogTest : public CallbackFixture
{
};

TEST_P(CommunityEventDialogTest, ChosenByBuildingAndFloorTheHouseholdsAreQueuedFromTheCallbacksPage)
{
    // R-CB-1: a water cut on floors 6-7 of building 3 queues three callbacks on the page.
    CallbacksPage page(pageUses());
    page.setSession(clerk);
    page.show();
    ASSERT_EQ(page.model()->rowCount(), 0);
    bool refusedFirst = false;
    page.setBeforeEventDialog([&](CommunityEventDialog& dialog) {
        QTimer::singleShot(0, &dialog, [&] {
            auto* building = child<QComboBox>(&dialog, "eventBuildingCombo");
            building->setCurrentIndex(building->findData(u"3"_s));
            child<QSpinBox>(&dialog, "eventFloorFromSpin")->setValue(6);
            child<QSpinBox>(&dialog, "eventFloorToSpin")->setValue(7);
            child<QPushButton>(&dialog, "eventSelectButton")->click();
            EXPECT_EQ(dialog.chosenUnits().size(), 3);
            dialog.accept(); // no title yet: refused next to it, nothing recorded
            refusedFirst = !labelText(&dialog, "eventTitleError").isEmpty() && dialog.isVisible();
            type(child<QLineEdit>(&dialog, "eventTitleEdit"), u"3栋6-7层停水"_s);
            dialog.accept();
        });
    });
    page.recordCommunityEvent();
    EXPECT_TRUE(refusedFirst);
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM community_events"_s).value().toInt(), 1);
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_FALSE(labelText(&page, "callbackMessage").isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Sqlite, CommunityEventDialogTest, ::testing::Values(u"sqlite"_s), BackendName());

} // namespace
} // namespace fd::test
