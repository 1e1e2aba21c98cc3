// Where the printed report's pages break (R-IN-6): a heading never ends a page.
#include "modules/reports/ReportPageBreaks.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

namespace fd::test {
namespace {

using Kind = ReportBlock::Kind;

ReportBlock block(Kind kind, double height, double repeatedHead = 0)
{
    return {kind, height, repeatedHead};
}

// R-IN-6: a heading that would be the last line of a page goes over with its table.
TEST(ReportPageBreaks, AHeadingAtTheFootOfAPageMovesOverWithItsTable)
{
    const QList<ReportBlock> blocks{block(Kind::Chart, 80), block(Kind::Heading, 8), block(Kind::TableHead, 5),
                                    block(Kind::Row, 5, 5), block(Kind::Row, 5, 5)};
    const auto pages = ReportPageBreaks::paginate(blocks, 95);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0), QList<int>({0}));
    EXPECT_EQ(pages.at(1), QList<int>({1, 2, 3, 4}));
}

// R-IN-6: a table that runs over leaves its heading and header row with at least one row, and the
// rows carried over leave room for the header row printed again above them.
TEST(ReportPageBreaks, ATableRunsOverWithItsHeaderRowRepeated)
{
    QList<ReportBlock> blocks{block(Kind::Heading, 10), block(Kind::TableHead, 10)};
    for (int r = 0; r < 12; ++r)
        blocks.append(block(Kind::Row, 10, 10));
    const auto pages = ReportPageBreaks::paginate(blocks, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).size(), 10); // heading, header row, 8 rows
    EXPECT_EQ(pages.at(1).size(), 4);  // 4 rows under the repeated header row: 50 of 100
}

// R-IN-6: over many generated reports, no page ends with a heading or a header row, every block is
// printed once and in order, and no page holds more than fits.
TEST(ReportPageBreaks, NoPageEndsWithAHeadingInAnyGeneratedReport)
{
    QRandomGenerator random(20261127);
    for (int run = 0; run < 2000; ++run) {
        QList<ReportBlock> blocks;
        const int sections = random.bounded(1, 12);
        for (int c = random.bounded(0, 3); c > 0; --c)
            blocks.append(block(Kind::Chart, random.bounded(20, 60)));
        for (int s = 0; s < sections; ++s) {
            const double head = random.bounded(3, 9);
            blocks.append(block(Kind::Heading, random.bounded(4, 10)));
            blocks.append(block(Kind::TableHead, head));
            for (int r = random.bounded(1, 30); r > 0; --r)
                blocks.append(block(Kind::Row, random.bounded(3, 12), head));
        }
        const double pageHeight = random.bounded(60, 200);
        const auto pages = ReportPageBreaks::paginate(blocks, pageHeight);
        int next = 0;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QList<int>& page = pages.at(p);
            ASSERT_FALSE(page.isEmpty()) << "run " << run;
            double used = blocks.at(page.first()).repeatedHead;
            for (int b : page) {
                ASSERT_EQ(b, next++) << "run " << run;
                used += blocks.at(b).height;
            }
            EXPECT_LE(used, pageHeight) << "run " << run << " page " << p;
            const Kind last = blocks.at(page.last()).kind;
            if (page.last() != blocks.size() - 1)
                EXPECT_TRUE(last != Kind::Heading && last != Kind::TableHead) << "run " << run << " page " << p;
        }
        EXPECT_EQ(next, blocks.size()) << "run " << run;
    }
}

} // namespace
} // namespace fd::test
