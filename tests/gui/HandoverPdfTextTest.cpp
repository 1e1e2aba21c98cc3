#include "HandoverFixture.h"

#include "modules/shifts/HandoverPrinter.h"
#include "support/PdfText.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// 李娜's A shift at the desk with one open repair; at 14:50 she hands over to 赵敏.
class HandoverPdfTextTest : public HandoverFixture
{
protected:
    void SetUp() override
    {
        HandoverFixture::SetUp();
        host.clock().set(at(7, 30));
        startShift(liNa, desk);
        host.clock().set(at(9, 10));
        ticket(liNa, u"3-1-502"_s, u"张三"_s, u"厨房水管漏水，已约师傅下午上门"_s);
        host.clock().set(at(14, 50));
    }
};

// R-SH-2: an archived 工作移交表 is found by searching for what it says. The PDF's text is the
// characters printed (门禁卡, 大堂岗), never the look-alike radicals (⻔, ⼤) the CJK font also maps
// to the same glyphs.
TEST_F(HandoverPdfTextTest, TheSavedSheetsTextIsTheCharactersPrinted)
{
    const HandoverSheet sheet = handOver(liNa, zhaoMin, {{u"门禁卡"_s, u"少一张，在保洁处"_s}}, u"电梯维保明早9点"_s);
    ASSERT_NE(sheet.id, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    ASSERT_TRUE(HandoverPrinter(printerUses()).writePdf(sheet.id, path).ok());
    const PdfText text = PdfText::read(path);
    for (const QString& expected : {u"门禁卡"_s, u"少一张，在保洁处"_s, u"电梯维保明早9点"_s, u"翠湖花园"_s,
                                    u"大堂岗"_s, u"李娜"_s, u"厨房水管漏水"_s})
        EXPECT_TRUE(text.all().contains(expected)) << expected.toStdString() << " in " << text.all().toStdString();
    EXPECT_EQ(text.firstIn(0x2E80, 0x2FDF), 0u) << text.all().toStdString();
}

} // namespace
} // namespace fd::test
