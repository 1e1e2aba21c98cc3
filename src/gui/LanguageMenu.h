#pragma once

#include <QMenu>

class QActionGroup;

namespace fd {

// 中文 / English. The choice is stored in QSettings ("ui/language") and applies at once: the main
// window re-translates every open page, dialog and menu (Retranslator), keeping what the clerk typed.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr const char* SettingsKey = "ui/language";

    explicit LanguageMenu(QWidget* parent = nullptr);

    // The stored choice ("zh_CN", "en"), or empty when none was made (follow the system).
    [[nodiscard]] static QString storedLanguage();
    static void storeLanguage(const QString& language);
    // The language the program runs in now ("zh_CN" or "en").
    [[nodiscard]] static QString currentLanguage();
    [[nodiscard]] static QString displayName(const QString& language);

signals:
    void languageChosen(const QString& language);

private:
    QActionGroup* m_group;
};

} // namespace fd
