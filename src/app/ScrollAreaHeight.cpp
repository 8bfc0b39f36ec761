#include "ScrollAreaHeight.h"

#include <QEvent>
#include <QScrollArea>

void ScrollAreaHeight::install(QScrollArea *area)
{
    Q_ASSERT(area && area->widget() && area->widgetResizable());
    new ScrollAreaHeight(area);
}

ScrollAreaHeight::ScrollAreaHeight(QScrollArea *area)
    : QObject(area)
    , m_area(area)
    , m_contents(area->widget())
{
    m_contents->installEventFilter(this);
    m_area->installEventFilter(this);
}

ScrollAreaHeight::~ScrollAreaHeight() = default;

bool ScrollAreaHeight::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_contents
         && (event->type() == QEvent::Polish || event->type() == QEvent::LayoutRequest))
        || (watched == m_area && event->type() == QEvent::Resize))
        update();
    return QObject::eventFilter(watched, event);
}

void ScrollAreaHeight::update()
{
    const QWidget *contents = m_area->widget();
    const int width = m_area->viewport()->width();
    const int needed = contents->hasHeightForWidth() ? contents->heightForWidth(width)
                                                     : contents->sizeHint().height();
    const int height = needed + 2 * m_area->frameWidth();
    if (m_area->maximumHeight() != height)
        m_area->setMaximumHeight(height);
}
