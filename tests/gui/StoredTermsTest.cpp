#include "GuiTestSupport.h"

#include "core/Translations.h"
#include "engine/shifts/TicketHandoverProvider.h"
#include "engine/tickets/TicketTerms.h"
#include "modules/repairs/RepairDisplay.h"
#include "modules/shifts/HandoverDisplay.h"
#include "modules/shifts/HandoverItemsView.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Issue 11, "English": texts saved as they read on screen keep what is really an enum (a ticket's
// status on a handover line, a repair category) in the language of that moment; they are shown in
// the language in use now.
class StoredTermsTest : public ::testing::Test
{
protected:
    void TearDown() override { Translations::install(u"en"_s); }
};

TEST_F(StoredTermsTest, AHandoverLineSavedInChineseShowsItsStatusInEnglish)
{
    // R-SH-2: the line is a snapshot; only its status term follows the language.
    Translations::install(u"zh_CN"_s);
    const QString saved =
        TicketHandoverProvider::tr("%1 · %2 · %3 · %4")
            .arg(u"BX-20261203-0001"_s, TicketTerms::displayName(TicketStatus::New), u"3-1-502"_s, u"厨房漏水 · 急"_s);
    ASSERT_TRUE(saved.contains(u"新受理"_s));

    Translations::install(u"en"_s);
    HandoverItem item;
    item.id = 7;
    item.position = 1;
    item.kind = HandoverItemKind::Ticket;
    item.source = u"tickets"_s;
    item.text = saved;
    HandoverItemsView view;
    view.setItems({item}, HandoverItemsView::Mode::Read);
    EXPECT_EQ(labelText(&view, "itemText_7"), u"BX-20261203-0001 · new · 3-1-502 · 厨房漏水 · 急"_s);

    // And back: a line saved in English reads in Chinese.
    Translations::install(u"zh_CN"_s);
    EXPECT_EQ(HandoverDisplay::itemText(u"BX-20261203-0001 · dispatched · 3-1-502 · leak"_s),
              u"BX-20261203-0001 · 已派工 · 3-1-502 · leak"_s);
}

TEST_F(StoredTermsTest, ARepairCategorySavedInChineseReadsInEnglishAndATypedOneIsKept)
{
    Translations::install(u"zh_CN"_s);
    const QString water = RepairDisplay::categories().constFirst();
    ASSERT_EQ(water, u"水路"_s);
    Translations::install(u"en"_s);
    EXPECT_EQ(Translations::term("RepairDisplay", water), u"Water"_s);
    EXPECT_EQ(Translations::term("RepairDisplay", u"空调外机"_s), u"空调外机"_s);
}

} // namespace
} // namespace fd::test
