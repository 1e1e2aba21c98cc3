#include "core/Logging.h"

#include "core/MaskingSink.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString Logging::logFilePath(const QString& logDir)
{
    return logDir + u"/frontdesk.log"_s;
}

void Logging::init(const QString& logDir, bool console)
{
    std::vector<spdlog::sink_ptr> targets;
    try {
        targets.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFilePath(logDir).toStdString(),
                                                                                 5 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex& e) {
        // A read-only or full disk must not stop the desk from working; the console still logs.
        std::fprintf(stderr, "frontdesk: cannot open log file: %s\n", e.what());
    }
    if (console) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        targets.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>("frontdesk", std::make_shared<MaskingSink>(std::move(targets)));
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(5));
    qInstallMessageHandler(qtMessageToSpdlog);
}

} // namespace fd
