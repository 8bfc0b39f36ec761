#include "ReadableWidth.h"

#include <QEvent>
#include <QFontInfo>
#include <QLayout>
#include <QWidget>

void ReadableWidth::install(QWidget *widget, qreal ems)
{
    Q_ASSERT(widget && widget->parentWidget() && widget->parentWidget()->layout());
    new ReadableWidth(widget, ems);
}

int ReadableWidth::pixels(const QWidget *widget, qreal ems)
{
    return qRound(ems * QFontInfo(widget->font()).pixelSize());
}

ReadableWidth::ReadableWidth(QWidget *widget, qreal ems)
    : QObject(widget)
    , m_widget(widget)
    , m_parent(widget->parentWidget())
    , m_ems(ems)
    , m_margins(m_parent->layout()->contentsMargins())
{
    widget->installEventFilter(this);
    m_parent->installEventFilter(this);
    update();
}

ReadableWidth::~ReadableWidth() = default;

int ReadableWidth::maximum() const
{
    return pixels(m_widget, m_ems);
}

bool ReadableWidth::eventFilter(QObject *watched, QEvent *event)
{
    // Before the parent's layout places its items: the margins it uses are already the new ones.
    const bool fontChanged = watched == m_widget
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange);
    if (fontChanged || (watched == m_parent && event->type() == QEvent::Resize))
        update();
    return QObject::eventFilter(watched, event);
}

void ReadableWidth::update()
{
    const int cap = maximum();
    m_widget->setMaximumWidth(cap);
    QLayout *layout = m_parent->layout();
    if (!layout)
        return;
    const int room = m_parent->width() - m_margins.left() - m_margins.right();
    const int spare = qMax(0, room - cap);
    const QMargins margins(m_margins.left() + spare / 2, m_margins.top(),
                           m_margins.right() + spare - spare / 2, m_margins.bottom());
    if (layout->contentsMargins() != margins)
        layout->setContentsMargins(margins);
}
