#include "core/Logging.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fd;

TEST(Logging, PhoneNumbersNeverReachTheLogFileEvenFromQtMessages)
{
    QTemporaryDir dir;
    Logging::init(dir.path(), /*console*/ false);
    spdlog::info("caller {}", "13812345678");
    qWarning("resident phone 13987654321 called");
    spdlog::default_logger()->flush();
    QFile file(Logging::logFilePath(dir.path()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"138****5678"_s));
    EXPECT_TRUE(text.contains(u"139****4321"_s));
    EXPECT_FALSE(text.contains(u"13812345678"_s));
    EXPECT_FALSE(text.contains(u"13987654321"_s));
    qInstallMessageHandler(nullptr);
    spdlog::drop_all();
}
