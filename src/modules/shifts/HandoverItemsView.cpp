#include "modules/shifts/HandoverItemsView.h"

#include "widgets/FormErrors.h"
#include "modules/shifts/HandoverDisplay.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

HandoverItemsView::HandoverItemsView(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(u"handoverItems"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void HandoverItemsView::setItems(const QList<HandoverItem>& items, Mode mode, FormErrors* errors)
{
    m_lines.clear();
    // A new content widget each time: the old lines (and their bound labels) go with the old one.
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 4, 0);
    for (HandoverItemKind kind : HandoverDisplay::kinds()) {
        QList<HandoverItem> group;
        for (const HandoverItem& i : items)
            if (i.kind == kind)
                group << i;
        if (!group.isEmpty())
            addGroup(kind, group, mode, errors);
    }
    if (items.isEmpty()) {
        auto* none = new QLabel(tr("Nothing is open at this post."), m_content);
        none->setObjectName(u"handoverNoItems"_s);
        m_layout->addWidget(none);
    }
    m_layout->addStretch(1);
    setWidget(m_content); // deletes the previous content
    updateGeometry();
    emit answersChanged();
}

void HandoverItemsView::addGroup(HandoverItemKind kind, const QList<HandoverItem>& items, Mode mode, FormErrors* errors)
{
    auto* box = new QGroupBox(tr("%1 (%2)").arg(HandoverDisplay::kindTitle(kind)).arg(items.size()), m_content);
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    for (const HandoverItem& item : items) {
        const int row = grid->rowCount();
        const QString id = QString::number(item.id);
        auto* number = new QLabel(QString::number(item.position), box);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(number, row, 0, Qt::AlignTop);
        auto* text = new QLabel(HandoverDisplay::itemText(item.text), box);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setObjectName(u"itemText_"_s + id);
        grid->addWidget(text, row, 1, Qt::AlignTop);
        if (mode == Mode::Read) {
            if (item.acknowledgedMs) {
                // A disputed line was answered, not accepted: it gets no tick (R-SH-2).
                const QString at = HandoverDisplay::clockTime(*item.acknowledgedMs);
                auto* answer = new QLabel(item.dispute.isEmpty()
                                              //: A line the arriving person acknowledged, and when.
                                              ? tr("√ acknowledged %1").arg(at)
                                              //: A line the arriving person disputed, and when.
                                              : tr("× disputed %1").arg(at),
                                          box);
                answer->setObjectName(u"itemAnswer_"_s + id);
                grid->addWidget(answer, row, 2, Qt::AlignTop);
            }
            if (!item.dispute.isEmpty()) {
                auto* dispute = new QLabel(tr("Disputed: %1").arg(item.dispute), box);
                dispute->setObjectName(u"itemDispute_"_s + id);
                dispute->setTextFormat(Qt::PlainText);
                dispute->setWordWrap(true);
                dispute->setStyleSheet(u"color: #b26a00;"_s);
                grid->addWidget(dispute, row, 3, Qt::AlignTop);
            }
            continue;
        }
        Line line;
        line.id = item.id;
        line.acknowledged = new QCheckBox(tr("Acknowledged"), box);
        line.acknowledged->setObjectName(u"ackCheck_"_s + id);
        grid->addWidget(line.acknowledged, row, 2, Qt::AlignTop);
        line.dispute = new QLineEdit(box);
        line.dispute->setObjectName(u"disputeEdit_"_s + id);
        line.dispute->setPlaceholderText(tr("or what does not match"));
        line.dispute->setMinimumWidth(180);
        grid->addWidget(line.dispute, row, 3, Qt::AlignTop);
        QLabel* error = FormErrors::makeLabel(u"itemError_"_s + id, box);
        grid->addWidget(error, row + 1, 1, 1, 3);
        if (errors)
            errors->bind(u"item:"_s + id, line.acknowledged, error);
        connect(line.acknowledged, &QCheckBox::toggled, this, &HandoverItemsView::answersChanged);
        connect(line.dispute, &QLineEdit::textChanged, this, &HandoverItemsView::answersChanged);
        m_lines << line;
    }
    m_layout->addWidget(box);
}

QSize HandoverItemsView::sizeHint() const
{
    // As tall as the lines (the dialog puts spare room below the form, not inside the list); the
    // layout shrinks it, with a scroll bar, when they do not fit.
    const QSize base = QScrollArea::sizeHint();
    if (!m_content)
        return base;
    return {base.width(), m_content->sizeHint().height() + 2 * frameWidth()};
}

void HandoverItemsView::reveal(const QString& field)
{
    if (!field.startsWith(u"item:"_s) || !m_content)
        return;
    if (auto* check = m_content->findChild<QCheckBox*>(u"ackCheck_"_s + field.mid(5)))
        ensureWidgetVisible(check, 20, 60);
}

QList<HandoverAnswer> HandoverItemsView::answers() const
{
    QList<HandoverAnswer> out;
    for (const Line& line : m_lines) {
        const QString dispute = line.dispute->text().trimmed();
        if (!dispute.isEmpty() || line.acknowledged->isChecked())
            out << HandoverAnswer{line.id, dispute};
    }
    return out;
}

} // namespace fd
