#include "TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class TicketNumberTest : public TicketFixture
{
};

TEST_P(TicketNumberTest, NumbersCountPerKindPerDayAndRestartTheNextDay)
{
    // R-RP-1: every order carries a number: prefix, the local day, and a sequence of that kind that day.
    EXPECT_EQ(openTicket(repairRequest()).number, u"BX-20261123-0001"_s);
    m_clock.advanceMinutes(3);
    EXPECT_EQ(openTicket(repairRequest()).number, u"BX-20261123-0002"_s);
    EXPECT_EQ(openTicket(complaintRequest(Severity::None)).number, u"TS-20261123-0001"_s);
    NewTicket inquiry;
    inquiry.kind = TicketKind::Inquiry;
    inquiry.description = u"物业费怎么交"_s;
    EXPECT_EQ(openTicket(inquiry).number, u"ZX-20261123-0001"_s);

    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 5)));
    EXPECT_EQ(openTicket(repairRequest()).number, u"BX-20261124-0001"_s);
    EXPECT_EQ(openTicket(repairRequest()).number, u"BX-20261124-0002"_s);
}

TEST_P(TicketNumberTest, ARefusedTicketUsesUpNoNumber)
{
    // R-RP-1: numbers run without gaps.
    NewTicket bad = repairRequest();
    bad.description = u"  "_s;
    EXPECT_FALSE(m_tickets->open(m_clerk, bad).ok());
    EXPECT_EQ(openTicket(repairRequest()).number, u"BX-20261123-0001"_s);
}

TEST_P(TicketNumberTest, EveryKindHasItsOwnPrefix)
{
    // R-IN-1: repair, complaint, request, inquiry/affair records are kept apart.
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Repair), u"BX"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Complaint), u"TS"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Request), u"JY"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Inquiry), u"ZX"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Affair), u"SW"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Callback), u"HF"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketNumberTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
