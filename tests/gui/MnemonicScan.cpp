#include "MnemonicScan.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <utility>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Alt+letter (or digit) and nothing else: what a mnemonic is.
bool isAltLetter(const QKeySequence& key)
{
    if (key.count() != 1)
        return false;
    const QKeyCombination combo = key[0];
    const int k = combo.key();
    return combo.keyboardModifiers() == Qt::AltModifier &&
           ((k >= Qt::Key_A && k <= Qt::Key_Z) || (k >= Qt::Key_0 && k <= Qt::Key_9));
}

// Each QStackedWidget above the widget with the page it sits on.
QList<std::pair<const QStackedWidget*, const QWidget*>> stacksAbove(const QWidget* widget)
{
    QList<std::pair<const QStackedWidget*, const QWidget*>> out;
    const QWidget* child = widget;
    for (const QWidget* w = widget->parentWidget(); w; child = w, w = w->parentWidget()) {
        if (const auto* stack = qobject_cast<const QStackedWidget*>(w))
            out.append({stack, child});
        if (w->isWindow())
            break;
    }
    return out;
}

} // namespace

MnemonicScan::MnemonicScan(QWidget* window, const QString& name) : m_window(window), m_name(name)
{
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->window() != window)
            continue; // a popup or a dialog of its own: another window
        if (auto* label = qobject_cast<QLabel*>(w)) {
            const QKeySequence key = QKeySequence::mnemonic(label->text());
            if (key.isEmpty())
                continue;
            QWidget* buddy = label->buddy();
            add(key, label->text(), buddy ? static_cast<QObject*>(buddy) : label, label);
            const QString where = u"window '%1': label '%2' (%3)"_s.arg(m_name, label->text(), pathOf(label));
            if (!buddy) {
                m_deadLabels << where + u" has no buddy"_s;
                continue;
            }
            if (qobject_cast<QLabel*>(buddy)) {
                m_deadLabels << where + u" has a label for buddy: "_s + pathOf(buddy);
                continue;
            }
            // QLabel only moves the focus when its buddy itself takes focus; a focus proxy alone is not enough.
            QWidget* end = buddy;
            while (end->focusProxy())
                end = end->focusProxy();
            if (buddy->focusPolicy() == Qt::NoFocus || end->focusPolicy() == Qt::NoFocus) {
                m_deadLabels << where + u": its buddy cannot take focus: %1 (%2)"_s.arg(
                                            QString::fromLatin1(buddy->metaObject()->className()), pathOf(buddy));
                continue;
            }
            // Disabled on purpose (no record chosen, a role that may not) is fine when the field, or what
            // disables it, says why when pointed at.
            if (!end->isEnabledTo(window)) {
                bool why = !label->toolTip().isEmpty();
                for (const QWidget* w = end; w && w != window && !why; w = w->parentWidget())
                    why = !w->toolTip().isEmpty();
                if (!why)
                    m_deadLabels << where + u": its buddy is disabled and nothing says why: "_s + pathOf(buddy);
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            const QKeySequence key = QKeySequence::mnemonic(button->text());
            if (!key.isEmpty())
                add(key, button->text(), button, button);
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            const QKeySequence key = QKeySequence::mnemonic(box->title());
            if (!key.isEmpty())
                add(key, box->title(), box, box);
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            const auto* tabWidget = qobject_cast<const QTabWidget*>(tabs->parentWidget());
            for (int i = 0; i < tabs->count(); ++i) {
                const QKeySequence key = QKeySequence::mnemonic(tabs->tabText(i));
                if (key.isEmpty())
                    continue;
                const QObject* target = tabWidget ? static_cast<const QObject*>(tabWidget->widget(i)) : tabs;
                add(key, u"tab "_s + tabs->tabText(i), target, tabs);
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : bar->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(action->text());
                if (!key.isEmpty())
                    add(key, u"menu "_s + action->text(), action, bar);
                if (action->menu())
                    scanMenu(action->menu());
            }
        }
        for (QAction* action : w->actions())
            for (const QKeySequence& key : action->shortcuts())
                if (isAltLetter(key))
                    add(key, u"action "_s + action->text(), action, w);
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        auto* parent = qobject_cast<QWidget*>(shortcut->parent());
        if (!parent || parent->window() != window)
            continue;
        for (const QKeySequence& key : shortcut->keys())
            if (isAltLetter(key))
                add(key, u"shortcut "_s + key.toString(), shortcut, parent);
    }
}

void MnemonicScan::scanMenu(const QMenu* menu)
{
    const QString scope = u"menu "_s + menu->title();
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            add(key, action->text(), action, menu, scope);
        if (action->menu())
            scanMenu(action->menu());
    }
}

void MnemonicScan::add(const QKeySequence& key, const QString& text, const QObject* target, const QWidget* where,
                       const QString& scope)
{
    m_owners.append({key, text, target, where, pathOf(where), scope});
}

bool MnemonicScan::exclusive(const QWidget* a, const QWidget* b) const
{
    const auto above = stacksAbove(b);
    for (const auto& [stack, page] : stacksAbove(a))
        for (const auto& [otherStack, otherPage] : above)
            if (stack == otherStack && page != otherPage)
                return true;
    return false;
}

QString MnemonicScan::pathOf(const QObject* object) const
{
    QStringList names;
    for (const QObject* o = object; o && o != m_window; o = o->parent())
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(u"qt_"_s))
            names.prepend(o->objectName());
    if (names.isEmpty() && object)
        names << QString::fromLatin1(object->metaObject()->className());
    return names.join(u'/');
}

QStringList MnemonicScan::clashes() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_owners.size(); ++i)
        for (qsizetype j = i + 1; j < m_owners.size(); ++j) {
            const Owner& a = m_owners[i];
            const Owner& b = m_owners[j];
            if (a.key != b.key || a.scope != b.scope || a.target == b.target)
                continue;
            if (a.scope.isEmpty() && exclusive(a.where, b.where))
                continue;
            out << u"window '%1'%2: %3 on '%4' (%5) and '%6' (%7)"_s.arg(
                m_name, a.scope.isEmpty() ? QString() : u" "_s + a.scope, a.key.toString(), a.text, a.path, b.text,
                b.path);
        }
    return out;
}

QStringList MnemonicScan::deadLabels() const
{
    return m_deadLabels;
}

} // namespace fd::test
